"""Batch 3, Spanish. Written by helper `blind3` (session B) on 2026-12-03 without reading the rules."""

from blind.engine import T

_FOOTER = """{F:shop} S.L. · CIF B-86231475 · Inscrita en el Registro Mercantil de Madrid, Tomo 31.204,
Folio 118, Hoja M-561420 · Domicilio social: {F:street}, {D:postcode} {F:city}
Atención al cliente: {D:phone}"""

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Hemos actualizado tu contraseña",
      """Hola {F:name}:

Te confirmamos que la contraseña de tu cuenta se cambió el {D:date} a las {D:time}.
Si has sido tú, no tienes que hacer nada más. Si no reconoces este cambio, entra en
«¿Has olvidado tu contraseña?» y escríbenos cuanto antes.

""" + _FOOTER),
    T("html", "decoy", "Aviso de seguridad: SMS fraudulentos",
      """<p>Estimado cliente:</p>
<p>Estamos detectando mensajes SMS que suplantan a nuestra entidad y piden «verificar» tu cuenta.
Recuerda que <strong>nunca</strong> te pediremos tus claves de acceso, tu PIN ni los códigos de
confirmación de operaciones, ni por teléfono ni por correo electrónico.</p>
<p>Si tienes dudas, llama al {D:phone}.</p>"""),
    T("br", "decoy", "Tu nueva tarjeta ya está en camino",
      """Hola {F:name}:
Hemos enviado tu tarjeta terminada en {D:masked} el día {D:date}.
El PIN no viaja con la tarjeta: lo podrás consultar en la app, en el apartado Tarjetas, una vez la actives.
Si prefieres recibirlo por correo postal, te llegará en un sobre aparte.
Cualquier duda: {D:phone}"""),
    T("table", "decoy", "Tu contraseña caduca pronto",
      """La contraseña de tu cuenta corporativa caducará en los próximos días.

Usuario | {F:name}
Último cambio | {D:date}
Caduca el | {D:date2}
Cómo cambiarla | Portal del empleado > Seguridad

Centro de Atención a Usuarios, extensión 5120"""),
    T("blocks", "decoy", "Restablecer contraseña",
      """Hemos recibido una solicitud para restablecer tu contraseña.

Fecha de la solicitud | {D:date}, {D:time}
El enlace caduca en | 60 minutos

Si no lo has solicitado tú, ignora este correo y tu contraseña seguirá siendo la misma."""),
    T("text", "decoy", "Cambios en la firma de operaciones desde el {D:date}",
      """Estimado/a {F:name}:

A partir del {D:date} dejaremos de enviar la clave de firma por SMS. Las operaciones se confirmarán
desde la app con tu huella o tu reconocimiento facial. Tu usuario y tu clave de acceso a la banca
online no cambian.

Número de cliente: {D:custno}"""),
    T("html", "decoy", "Tu tarjeta SIM se ha bloqueado",
      """<p>Hola {F:name}:</p>
<p>La SIM de tu línea {D:phone} se ha bloqueado tras introducir el PIN incorrecto tres veces.
Para desbloquearla necesitas el código PUK, que aparece en la tarjeta de plástico donde venía la SIM
o en Mi Área, sección «Mis líneas».</p>
<p>Ojo: si introduces mal el PUK diez veces, la SIM quedará inutilizada.</p>"""),
    T("text", "decoy", "Consejos para proteger tus claves",
      """Hola {F:name}:

No apuntes tu PIN en la tarjeta ni en el móvil, y no lo compartas con nadie, ni siquiera con alguien
que diga llamar de nuestra parte. Si lo has olvidado, puedes consultarlo en cualquier cajero de la
red con tu tarjeta y tu DNI.

Contrato {D:ref}"""),
    T("br", "decoy", "Solicitud de duplicado de PIN",
      """Hola {F:name}:
Hemos recibido tu solicitud del {D:date}.
Te enviaremos el PIN por correo postal a la dirección que tenemos registrada, en un plazo de 5 a 7 días hábiles.
Por seguridad, nunca lo enviamos por correo electrónico.
Referencia: {D:ref}"""),
    T("table", "decoy", "Nuevo inicio de sesión",
      """Hemos detectado un acceso a tu cuenta desde un dispositivo nuevo.

Dispositivo | Chrome en Android
Ubicación | {F:city}, España
Fecha | {D:date}, {D:time}

¿No has sido tú? Cambia tu contraseña de inmediato."""),
    T("text", "decoy", "RE: No puedo entrar en mi cuenta",
      """Hola {F:name}:

Gracias por escribirnos. Por motivos de seguridad, nuestros agentes no pueden ver ni enviar
contraseñas. Para crear una nueva, pulsa «¿Has olvidado tu contraseña?» en la pantalla de acceso.

Un saludo,
Equipo de Atención al Cliente, incidencia {D:caseno}

El {D:date}, a las {D:time}, {F:name} escribió:
> Hola, no me acuerdo de la contraseña. ¿Me la podéis mandar por aquí?
> Mi número de cliente es {D:custno}."""),
    T("html", "decoy", "Tu router está en camino",
      """<p>Hola {F:name}:</p>
<p>Hemos enviado tu router (seguimiento {D:tracking}). La clave de la red wifi viene impresa en la
pegatina de la parte inferior del aparato; por seguridad no la incluimos en este correo.</p>
<p>Pedido {D:order}</p>"""),
    T("blocks", "decoy", "Tu código de acceso a Cl@ve caducará",
      """Te recordamos que tu registro en Cl@ve debe renovarse.

Fecha de registro | {D:date}
Renovar antes del | {D:date2}

El código PIN para cada trámite te llegará por SMS en el momento de usarlo, nunca por correo."""),
    T("text", "decoy", "Sobre tu DNI en la app",
      """Hola {F:name}:

Para completar el alta te pediremos una foto de tu DNI desde la app. No nos envíes el número del
documento ni fotos del mismo por correo electrónico: no es un canal seguro.

Solicitud {D:caseno}"""),
    # --- no secret at all
    T("text", "none", "Tu pedido {D:order} ha salido del almacén",
      """Hola {F:name}:

¡Tu pedido ya está en camino!

Número de seguimiento: {D:tracking}
Dirección de entrega: {F:street}, {D:postcode} {F:city}
Importe total: {D:price}

""" + _FOOTER),
    T("table", "none", "Factura {D:invoice}",
      """Gracias por confiar en nosotros.

Número de factura | {D:invoice}
Fecha | {D:date}
Vencimiento | {D:date2}
Total (IVA incluido) | {D:price}
IBAN de cargo | {D:iban}
Referencia | {D:custno}"""),
    T("html", "none", "Cita confirmada",
      """<p>Hola {F:name}:</p>
<p>Tu cita en el centro de salud queda confirmada para el <b>{D:date} a las {D:time}</b>, consulta {D:roomno}.</p>
<p>Trae tu tarjeta sanitaria. Número de cita: {D:caseno}</p>"""),
    T("br", "none", "Tu tarjeta de embarque",
      """Localizador: {D:pnr}
Vuelo IB3162, salida el {D:date} a las {D:time}
Asiento 23C, puerta de embarque según pantallas
Importe pagado: {D:price}"""),
    T("blocks", "none", "Tu factura de luz",
      """Ya tienes disponible tu factura.

Número de contrato | {D:custno}
Periodo hasta | {D:date}
Importe | {D:price}
Fecha de cargo | {D:date2}"""),
    T("text", "none", "Reembolso de tu devolución",
      """Hola {F:name}:

Hemos recibido la devolución del pedido {D:order} y te hemos reembolsado {D:price} en la tarjeta
terminada en {D:masked}. Puede tardar hasta 5 días hábiles en aparecer.

Etiqueta de devolución {D:tracking}"""),
    T("table", "none", "Recibo de tu seguro de hogar",
      """Póliza | {D:ref}
Prima anual | {D:price}
Fecha de cargo | {D:date}
Cuenta de domiciliación | {D:iban}
Asistencia 24 horas | {D:phone}"""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Verifica tu correo",
      """Hola {F:name}:

Introduce {S:otp} en la app para verificar tu dirección de correo.
Caduca en 15 minutos."""),
    T("html", "hard", "Completa el acceso",
      """<p>Hola:</p>
<p>Para terminar de iniciar sesión, escribe esto en la pantalla:</p>
<p style="font-size:26px;letter-spacing:5px"><b>{S:otpg}</b></p>
<p>No lo compartas con nadie.</p>"""),
    T("br", "hard", "Tu nueva contraseña del aula virtual",
      """Hola {F:name}:
Hemos restablecido tu acceso al aula virtual del instituto.
Ahora es {S:pwword}
Cámbiala la primera vez que entres.
Secretaría, {D:phone}"""),
    T("table", "hard", "Bienvenido/a a la empresa",
      """Hola {F:name}, estos son tus datos para el primer día.

Incorporación | {D:date}
Número de empleado | {D:custno}
Contraseña inicial | {S:pw}
Código de la alarma | {S:pin}

Recoge tu tarjeta en recepción."""),
    T("blocks", "hard", "Llegada a tu apartamento",
      """Hola {F:name}, te esperamos.

Dirección | {F:street}, {D:postcode} {F:city}
Caja de llaves junto al portal | {S:pin}
Entrada | desde las 15:00 del {D:date}

Reserva {D:pnr}"""),
    T("text", "hard", "{S:otp} es tu código de Bizum",
      """No compartas este mensaje. Si no has solicitado ninguna operación, llama al {D:phone}."""),
    T("text", "hard", "Tu paquete está en el Citypaq",
      """Hola {F:name}:

Tu envío {D:tracking} te espera en el Citypaq de {F:city}.
En la pantalla pulsa «Recoger» y teclea {S:pin6}.
Lo guardaremos hasta el {D:date}."""),
    T("html", "hard", "Acceso al portal del inquilino",
      """<p>Estimado/a {F:name}:</p>
<p>Ya puedes entrar en el portal del inquilino. Tu usuario es tu número de contrato, {D:custno};
la contraseña provisional está al final de este correo.</p>
<p>Al acceder por primera vez te pediremos que elijas una nueva.</p>
<p>Administración de fincas &middot; {D:phone}</p>
<p><strong>{S:pw}</strong></p>"""),
    T("br", "hard", "Tu clave de producto",
      """Gracias por tu compra.
Pedido: {D:order}
En el programa, abre Ayuda > Activar y pega:
{S:akey}
Sirve para dos equipos."""),
    T("table", "hard", "Alta en el gimnasio",
      """¡Bienvenido/a a Gym Sol {F:city}!

Número de socio | {D:custno}
Cuota mensual | {D:price}
Primer cargo | {D:date}
Torno de entrada | {S:pin6}"""),
    T("text", "hard", "Tu clave para la banca telefónica",
      """Estimado/a {F:name}:

Te hemos asignado una nueva clave para la banca telefónica. La tienes a continuación;
apréndetela y borra después este correo.


{S:pin6}"""),
    T("blocks", "hard", "Tu nueva SIM",
      """Tu SIM ya está activa en el {D:phone}.

PIN | {S:pin}
PUK | {S:puk}"""),
    T("html", "hard", "Tu pregunta de seguridad",
      """<p>Hola {F:name}:</p>
<p>Has cambiado tu pregunta de seguridad («¿Cómo se llamaba tu primera mascota?»).
Respuesta guardada: <b>{S:answer}</b></p>
<p>¿No has sido tú? Llama al {D:phone}.</p>"""),
    T("text", "hard", "RE: Acceso al trastero",
      """Hola {F:name}:

La clave del portón del garaje es {S:pin}, funciona desde el lunes.
No la pases a nadie, por favor.

Un saludo,
La administración

-----Mensaje original-----
De: {F:name}
Enviado: {D:date} {D:time}
Asunto: Acceso al trastero
Hola, soy del trastero {D:roomno}, ¿cómo entro con el coche?"""),
    T("br", "hard", "Wifi del hotel",
      """Bienvenido/a al Hotel Mirador, {F:name}.
Habitación: {D:roomno}
Red: Mirador-Clientes
Escríbela tal cual: {S:pwword}
Desayuno de 7:30 a 10:30."""),
    T("table", "hard", "Confirma tu número",
      """Número | {D:phone}
Código | {S:otpg}
Válido | 10 minutos"""),
    T("text", "hard", "Activa tu tarjeta",
      """Hola {F:name}:

Tu tarjeta terminada en {D:masked} ya ha llegado. Para activarla llama al {D:phone} y marca,
cuando te lo pida la locución, este número: {S:otp}

A partir de ese momento podrás usarla."""),
    T("html", "hard", "Tus credenciales",
      """<table cellpadding="6">
<tr><td>Usuario</td><td>{D:custno}</td></tr>
<tr><td>Contraseña de primer acceso</td></tr>
<tr><td>{S:pw}</td></tr>
</table>"""),
    T("text", "hard decoy", "Tu nueva clave de acceso",
      """Estimado/a {F:name}:

No facilites nunca tu clave a terceros, aunque digan ser empleados del banco.

Tu nueva clave de acceso es {S:pin6} y sustituye a la que elegiste el {D:date}.
Usuario {D:custno}"""),
    T("blocks", "hard", "Tu cupón y tu tarjeta regalo",
      """Gracias por tu pedido {D:order}.

Cupón de descuento en la cesta | VERANO20
Número de la tarjeta regalo | {S:card}
Código de seguridad | {S:pin}"""),
    T("text", "hard", "Dos datos para tu primer acceso",
      """Hola {F:name}:

Usuario: {D:custno}
La primera vez, escribe como contraseña: {S:pw}

Además, el PIN para descargar tus nóminas en el portal del empleado es {S:pin}.

""" + _FOOTER),
    T("br", "hard", "Tu número de DNI para el alta",
      """Hola {F:name}:
Hemos registrado tu alta con el siguiente documento:
{S:nid}
Si hay algún error, respóndenos a este correo."""),
    T("text", "hard", "Tu acceso / El teu accés",
      """Hola {F:name}:

Tu acceso al portal ya está listo. Contraseña de un solo uso: {S:pw}

Hola {F:name}:

El teu accés al portal ja està a punt. La contrasenya d'un sol ús és la que trobaràs just a sobre.

Número de cliente / número de client: {D:custno}"""),
    T("html", "hard", "Tu taquilla en el club",
      """<p>Hola {F:name}:</p>
<p>La taquilla n.º {D:roomno} es tuya desde el {D:date}.</p>
<p>Para abrirla, marca: <b>{S:pin6}</b></p>"""),
    # --- plain
    T("text", "easy", "Tu PIN",
      """Hola {F:name}:

Tu PIN: {S:pin}

Tu banco"""),
    T("table", "easy", "Código de un solo uso",
      """Código de un solo uso | {S:otp}
Válido | 5 minutos"""),
    T("html", "easy", "Contraseña restablecida",
      """<p>Tu contraseña se ha restablecido.</p><p>Nueva contraseña: <strong>{S:pw}</strong></p>"""),
    T("br", "easy", "Tu tarjeta virtual",
      """Tu tarjeta virtual está lista.
Número de tarjeta: {S:card}
Caduca 06/29"""),
]
