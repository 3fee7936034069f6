"""Batch 2, Spanish (Spain). Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Tu contraseña se ha modificado",
      """Hola, {F:name}:

La contraseña de tu área de cliente se modificó el {D:date} a las {D:time}.
Si has sido tú, no tienes que hacer nada más.
Si no reconoces este cambio, llámanos cuanto antes al {D:phone} e indica tu número de cliente {D:custno}.

Un saludo,
Atención al cliente"""),
    T("html", "decoy", "Aviso de seguridad: cuidado con los fraudes",
      """<p>Hola, {F:name}:</p>
<p>Están circulando mensajes falsos que se hacen pasar por nosotros. Recuerda:</p>
<ul><li>nunca te pediremos tus claves de acceso ni el PIN de tu tarjeta,</li>
<li>no compartas con nadie los códigos que recibas por SMS,</li>
<li>no pulses enlaces de mensajes sospechosos.</li></ul>
<p>Si tienes dudas, cuelga y llama al {D:phone}.</p>"""),
    T("br", "decoy", "Tu nueva tarjeta está en camino",
      """Hola, {F:name}:
tu nueva tarjeta terminada en {D:masked} se envió el {D:date}.
El PIN te llegará por correo postal en una carta aparte unos días después.
Por seguridad, nunca enviamos la tarjeta y el PIN en el mismo sobre.

¿Dudas? {D:phone}"""),
    T("table", "decoy", "¿Has olvidado tu PIN?",
      """Así puedes recuperar tu PIN.

En la app | Tarjetas > Ver PIN
Por teléfono | {D:phone}
Tarjeta | {D:masked}
Solicitud recibida | {D:date}

Si lo pides por correo postal, tardará alrededor de una semana."""),
    T("text", "decoy", "Restablece tu contraseña",
      """Hola, {F:name}:

Hemos recibido una solicitud para restablecer la contraseña de tu cuenta.
Puedes elegir una nueva desde el enlace de abajo. Caduca en 30 minutos y solo se puede usar una vez.

Si no lo has solicitado, ignora este correo; tu contraseña actual seguirá siendo válida.

Incidencia {D:ref}"""),
    T("blocks", "decoy", "Nuevo inicio de sesión en tu cuenta",
      """Hemos detectado un inicio de sesión desde un dispositivo nuevo.
Fecha | {D:date}, {D:time}
Dispositivo | Chrome en Windows
Ubicación | {F:city}
¿No has sido tú? Cambia tu contraseña de inmediato y activa la verificación en dos pasos."""),
    T("text", "decoy", "Verificación en dos pasos activada",
      """Hola, {F:name}:

A partir de ahora te enviaremos un código por SMS cada vez que inicies sesión desde un dispositivo nuevo.
El código es válido durante diez minutos y solo se puede usar una vez.
Puedes desactivarlo en Ajustes > Seguridad.

Número de cliente {D:custno}"""),
    T("html", "decoy", "Cambios en la política de contraseñas",
      """<p>Estimado cliente:</p>
<p>A partir del <strong>{D:date}</strong>, las contraseñas deberán tener al menos 12 caracteres y no podrán repetir una contraseña anterior.
La próxima vez que accedas después de esa fecha te pediremos que elijas una nueva.</p>
<p>Hoy no tienes que hacer nada.</p>"""),
    T("br", "decoy", "Tu código ha caducado",
      """Hola, {F:name}:
el código que te enviamos a las {D:time} ha caducado y ya no se puede usar.
Solicita uno nuevo desde la pantalla de acceso cuando quieras.
Referencia {D:ref}"""),
    T("text", "decoy", "Tu tarjeta SIM está bloqueada",
      """Hola, {F:name}:

Se ha introducido mal el PIN de tu tarjeta SIM tres veces, por lo que ha quedado bloqueada.
Para desbloquearla necesitas el código PUK, que aparece en la tarjeta de plástico de la SIM o en la app Mi Movistar.
No lo intentes a ciegas: tras diez intentos fallidos la SIM queda inutilizada.

Número de cliente {D:custno}"""),
    T("table", "decoy", "Tu consulta se ha cerrado",
      """Gracias por contactar con nosotros.

Consulta | {D:ref}
Cerrada el | {D:date}
Asunto | No puedo acceder con mi contraseña

Nunca te pediremos la contraseña por correo electrónico. Si el problema continúa, llama al {D:phone}."""),
    T("html", "decoy", "Te hemos enviado la carta con tu PIN",
      """<p>Hola, {F:name}:</p>
<p>Tal como solicitaste el {D:date}, te hemos enviado una nueva carta con el PIN a tu domicilio. Llegará en un plazo de 3 a 5 días laborables.</p>
<p>El sobre es neutro y no lleva nuestro logotipo.</p>
<p>Tarjeta {D:masked}</p>"""),
    # --- no secret at all
    T("table", "none", "Confirmación de tu pedido {D:order}",
      """¡Gracias por tu pedido, {F:name}!

Número de pedido | {D:order}
Fecha del pedido | {D:date}
Total (IVA incl.) | {D:price}
Dirección de entrega | {F:street}, {D:postcode} {F:city}

Te avisaremos cuando el paquete salga del almacén."""),
    T("text", "none", "Tu paquete está en camino",
      """Hola, {F:name}. Tu pedido {D:order} ya ha salido.

Número de seguimiento: {D:tracking}
Entrega prevista: {D:date}

Si no estás en casa, lo dejaremos en el punto de recogida más cercano."""),
    T("table", "none", "Tu factura {D:invoice}",
      """Ya tienes disponible tu factura.

Factura | {D:invoice}
Importe | {D:price}
Vencimiento | {D:date}
IBAN | {D:iban}
Referencia | {D:ref}

Si la tienes domiciliada, no tienes que hacer nada."""),
    T("br", "none", "Tu cita está confirmada",
      """Hola, {F:name}:
tu cita en nuestra oficina de {F:city} es el {D:date} a las {D:time}.
Trae tu DNI o pasaporte.
Para anularla, llama al {D:phone}."""),
    T("html", "none", "Hemos recibido tu devolución",
      """<p>Hola, {F:name}:</p>
<p>La devolución del pedido <b>{D:order}</b> ha llegado a nuestro almacén. Te reembolsaremos <b>{D:price}</b> en la tarjeta terminada en {D:masked} en un plazo de cinco días.</p>"""),
    T("blocks", "none", "Tu suscripción se renueva",
      """Tu suscripción a {F:shop} se renueva automáticamente.
Número de socio | {D:custno}
Fecha de renovación | {D:date}
Precio | {D:price}
Si quieres continuar, no tienes que hacer nada."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Confirma que eres tú",
      """Hola, {F:name}:

Introduce {S:otp} en la app para terminar de iniciar sesión.
Estos números caducan en 10 minutos.

¿No has intentado entrar? Llama al {D:phone}."""),
    T("text", "hard", "{S:otp} es tu código de {F:shop}",
      """Usa {S:otp} para confirmar tu dirección de correo.
No reenvíes este mensaje."""),
    T("br", "hard", "Completa tu registro",
      """¡Ya casi está, {F:name}!
El código es {S:otpg}.
Escríbelo en la casilla de la página que acabas de dejar.
Pedido {D:order}"""),
    T("text", "hard", "Tu nuevo PIN",
      """Hola, {F:name}:

Tal como nos pediste, hemos generado un nuevo PIN para tu tarjeta terminada en {D:masked}.
Lo encontrarás a continuación. Memorízalo y borra después este mensaje.

        {S:pin}

Puedes cambiarlo en cualquiera de nuestros cajeros."""),
    T("blocks", "hard", "Tus datos para el primer acceso",
      """Estos son tus datos para acceder por primera vez.
Usuario | {F:name}{D:amount}
Contraseña provisional | {S:pw}
Al entrar te pediremos que elijas tu propia contraseña."""),
    T("table", "hard", "Los datos de tu línea",
      """Bienvenido, {F:name}.

Número de móvil | {D:phone}
PIN de la SIM | {S:pin}
PUK de la SIM | {S:puk}
Número de cliente | {D:custno}

Guarda estos datos en un lugar seguro."""),
    T("text", "hard", "Se ha restablecido tu contraseña",
      """Hola, {F:name}:

Nuestro soporte técnico restableció tu cuenta el {D:date}. Tu nueva contraseña es {S:pwword}.
Cámbiala la primera vez que inicies sesión.

Incidencia {D:ref}"""),
    T("html", "hard", "Wifi para tu estancia",
      """<p>Hola, {F:name}:</p>
<p>Gracias por tu reserva. Debajo tienes la clave de la wifi de invitados, válida durante toda tu estancia.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Localizador {D:ref}, llegada el {D:date}.</p>"""),
    T("table", "hard", "Bienvenido al portal del empleado",
      """Te damos la bienvenida, {F:name}. Tu cuenta ya está creada.

Usuario | {F:name}.rrhh
Contraseña inicial | {S:pw}
Número de empleado | {D:custno}
Fecha de incorporación | {D:date}"""),
    T("text", "hard", "Activa tu tarjeta",
      """Hola, {F:name}:

Tu nueva tarjeta {D:masked} se podrá usar en cuanto la actives.
Llama al {D:phone} y marca el número de activación {S:pin6} cuando te lo pida la locución.

Gracias por confiar en nosotros."""),
    T("br", "hard", "Pregunta de seguridad guardada",
      """Hola, {F:name}:
has configurado una pregunta de seguridad para la banca telefónica.
Pregunta: nombre de tu primera mascota
Respuesta guardada: {S:answer}
Te la pediremos cuando llames al {D:phone}."""),
    T("blocks", "hard", "PIN y PUK de tu SIM",
      """Tu nueva SIM para el {D:phone} ya está activa.
PIN | {S:pin}
PUK | {S:puk}
Pedido | {D:order}"""),
    T("text", "hard", "Recoge tu paquete",
      """Tu paquete {D:tracking} te espera en el locker de {F:street}.
Abre la taquilla con {S:otp} antes del {D:date}.
Después se devolverá al remitente."""),
    T("br", "hard", "Tus datos de acceso",
      """Hola, {F:name}:
gracias por registrarte. Tu contraseña es:
{S:pw}
Tu número de cliente es {D:custno}."""),
    T("html", "hard", "Tu tarjeta virtual",
      """<p>Hola, {F:name}:</p>
<p>Tu tarjeta virtual ya está lista para comprar por internet.</p>
<table><tr><td>Número de tarjeta</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Caducidad</td></tr><tr><td>{D:date}</td></tr></table>
<p>El CVV solo se muestra en la app.</p>"""),
    T("text", "hard", "Justificante de tu solicitud",
      """Estimado/a {F:name}:

Hemos registrado tu solicitud del {D:date} con el DNI {S:nid}.
Comprueba que los datos son correctos.

Agencia Tributaria"""),
    T("table", "hard decoy", "Verifica tu número de móvil",
      """No compartas nunca este código con nadie, ni siquiera con nosotros.

Código de verificación | {S:otpg}
Válido hasta las | {D:time}

Si no lo has pedido, ignora este correo."""),
    T("text", "hard", "El código del portal",
      """Hola, {F:name}:

¡Bienvenido a {F:street}! La puerta del portal se abre marcando
{S:pin} y después la tecla #.
La recogida de enseres es el {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Tu código de un solo uso",
      """Tu código de un solo uso es {S:otp}. Caduca en cinco minutos.
No lo compartas con nadie."""),
    T("br", "easy", "Código de verificación",
      """Hola, {F:name}:
código de verificación: {S:otp}
Pedido {D:order}, {D:price}"""),
    T("html", "easy", "Tu PIN",
      """<p>Hola, {F:name}:</p><p>PIN: <strong>{S:pin}</strong></p><p>Tarjeta {D:masked}</p>"""),
    T("table", "easy", "Tu cuenta",
      """Usuario | {F:name}
Contraseña | {S:pw}
Número de cliente | {D:custno}"""),
    T("text", "easy decoy", "Código de acceso",
      """Código de acceso: {S:otp}
Nunca te llamaremos para pedirte este código. Si alguien lo hace, cuelga y llama al {D:phone}."""),
    T("blocks", "easy", "Tu código PUK",
      """Has solicitado el código PUK de la línea {D:phone}.
Código PUK | {S:puk}
Solicitado el | {D:date}"""),
    T("br", "hard", "Activa la firma en tu móvil",
      """Hola, {F:name}:
para activar la firma de operaciones en la app necesitas un código de activación.
Lo encontrarás al final de este mensaje.
Número de cliente {D:custno}

{S:otpg}"""),
    # --- more pointer phrases and label/value decoys
    T("text", "hard", "Hemos cambiado tu contraseña",
      """Hola, {F:name}:

Tal como acordamos por teléfono, hemos cambiado la contraseña de tu cuenta. Ahora es {S:pwword}.
Elige una propia la próxima vez que inicies sesión.

Atención al cliente {D:phone}"""),
    T("br", "hard", "Accede a tu área de cliente",
      """Hola, {F:name}:
entra con la clave de un solo uso {S:otp} en los próximos diez minutos.
Tu pedido {D:order} está en Mis pedidos.
Número de cliente {D:custno}"""),
    T("table", "decoy", "Recordatorio: tu contraseña caduca pronto",
      """Hola, {F:name}, estos son los datos de tu cuenta.

Caducidad de la contraseña | {D:date}
Cambiar contraseña | Mi cuenta > Seguridad
Número de cliente | {D:custno}
Atención al cliente | {D:phone}"""),
    T("html", "hard", "Tu clave personal",
      """<p>Hola, {F:name}:</p>
<p>esta es la nueva clave de tu tarjeta {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Borra este mensaje cuando la hayas memorizado.</p>"""),
    T("text", "none", "Tu billete de tren",
      """Hola, {F:name}:

Gracias por tu compra. Tu billete a {F:city} del {D:date}, con salida a las {D:time}, cuesta {D:price}.
Localizador: {D:order}
Lleva tu tarjeta de descuento durante el viaje. Atención al cliente: {D:phone}"""),
    T("blocks", "hard", "Bienvenido a tu apartamento",
      """¡Bienvenido a {F:city}! La llave está en la caja de seguridad junto a la puerta.
Código de la caja | {S:pin}
Wifi | {S:pwword}
Salida | {D:date} antes de las {D:time}"""),
    T("text", "decoy", "Sobre tu seguridad",
      """Hola, {F:name}:

Nunca te pediremos tu contraseña ni tu PIN. La contraseña debe renovarse cada 90 días.
¿Has olvidado la contraseña? Pulsa «He olvidado mi contraseña» o llama al {D:phone}.
El PIN de tu tarjeta puedes cambiarlo en cualquier cajero.

Referencia {D:ref}"""),
    T("text", "hard", "Vincula la app a tu cuenta",
      """Hola, {F:name}:

escribe los siguientes números en la app:

{S:otp}

Son válidos durante 15 minutos. Pedido {D:order}."""),
]
