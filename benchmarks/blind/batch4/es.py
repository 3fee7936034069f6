"""Batch 4, Spanish (Spain, Latin America). Written by helper `blind4b` on 2026-12-03 without
reading the rules, their tests or the earlier batches."""

from blind.engine import T

_PIE = """Atentamente,
Atención al Cliente

Suministros Levante Energía, S.L.U. · CIF B-46871203 · Inscrita en el Registro Mercantil de Valencia,
Tomo 8714, Libro 6002, Folio 112, Hoja V-125530 · Tel. {D:phone}"""

_PIE_MX = """Banco Cordillera, S.A., Institución de Banca Múltiple · RFC BCO-990312-K27
Línea de atención 24 h: {D:phone} · Aviso de privacidad en nuestro sitio web"""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy
    T("text", "decoy", "Hemos actualizado tu clave de acceso",
      """Hola {F:name}:

te confirmamos que la clave de acceso a tu área de cliente se cambió el {D:date} a las {D:time}.

¿No has sido tú? Bloquea el acceso desde la app o llámanos cuanto antes al {D:phone}. Si fuiste
tú, no tienes que hacer nada.

""" + _PIE),
    T("html", "decoy", "Cuidado con las llamadas falsas",
      """<p>Estimado cliente:</p>
<p>Estamos detectando llamadas de personas que se hacen pasar por empleados del banco y piden los
códigos que llegan por SMS para "anular" una operación.</p>
<p>Ningún empleado te pedirá nunca tu clave de firma, tu PIN ni esos códigos. Si alguien lo hace,
cuelga: es un fraude.</p>
<p>Gracias por tu confianza.</p>"""),
    T("br", "decoy", "Tu tarjeta ya está en camino",
      """Hola {F:name},
hemos enviado tu nueva tarjeta de débito terminada en {D:masked} a tu domicilio.
El número secreto te llegará en un sobre aparte por correo ordinario, unos días después.
Hasta que lo recibas no podrás sacar efectivo en cajeros.
Un saludo"""),
    T("table", "decoy", "Requisitos de las nuevas contraseñas",
      """Desde el {D:date} las contraseñas del campus virtual deben cumplir lo siguiente:

Longitud | al menos 10 caracteres
Caracteres | una mayúscula, una minúscula y un número
Caducidad | cada 6 meses
Intentos | bloqueo tras 3 fallos

Servicio de Informática"""),
    T("blocks", "decoy", "Tu SIM se ha bloqueado",
      """Hola {F:name}:

tu tarjeta SIM del número {D:phone} se ha bloqueado porque el PIN se introdujo mal tres veces.

Para desbloquearla | marca el código PUK que viene en la tarjeta de plástico donde venía la SIM.
Si ya no la tienes | lo encontrarás en la app, en Mis líneas > Datos de la SIM.

Tu operador"""),
    T("text", "decoy", "Restablece tu contraseña",
      """Hola,

recibimos una solicitud para restablecer la contraseña de tu cuenta en {F:shop}.
Pulsa en este enlace para elegir una nueva; caduca en 60 minutos:

https://cuenta.tienda-ejemplo.es/restablecer?k=r8TqW2mP

Si no lo solicitaste, ignora este correo y tu contraseña seguirá siendo la misma."""),
    T("html", "decoy", "Tu clave caduca pronto",
      """<p>Hola {F:name}:</p>
<p>la clave de tu usuario corporativo deja de ser válida el <b>{D:date}</b>.</p>
<p>Para renovarla entra en el portal del empleado y elige <i>Cambiar clave</i>. Si tienes dudas,
el centro de soporte atiende en el {D:phone}.</p>"""),
    T("br", "decoy", "¿Olvidaste tu clave?",
      """Estimado(a) {F:name}:
si olvidaste tu clave de internet, puedes generar una nueva desde la app con tu huella.
También puedes acudir a cualquier sucursal con tu identificación oficial.
Por tu seguridad, nunca compartas tu clave con nadie, ni con personal del banco.
""" + _PIE_MX),
    T("text", "decoy", "Solicitud de Cl@ve PIN registrada",
      """Estimado/a {F:name}:

su solicitud de acceso con Cl@ve PIN se registró el {D:date} a las {D:time}.
El PIN le llegará a través de la aplicación en el móvil y solo será válido durante 10 minutos.
Ningún funcionario se lo solicitará por teléfono ni por correo electrónico.

Agencia Tributaria · Referencia {D:ref}"""),
    T("table", "decoy", "Acceso a la plataforma del colegio",
      """Estimadas familias:

este curso usaremos una nueva plataforma para las notas y las circulares.

Usuario | el correo electrónico que nos facilitaron
Contraseña inicial | se entregará en la reunión de tutoría del {D:date}
Dudas | secretaría, {D:phone}

La Dirección del Colegio"""),
    T("blocks", "decoy", "Tu acceso al gimnasio",
      """Hola {F:name}:

¡te damos la bienvenida a Gimnasio Olimpo! Tu número de socio es {D:custno}.

Entrada a las instalaciones | El código del torno se genera cada día en la app, en la sección Mi acceso.
Sin móvil | En recepción te imprimimos un pase presentando el DNI.

Nos vemos en la sala"""),
    T("html", "decoy", "Documentación pendiente",
      """<p>Hola {F:name}:</p>
<p>para terminar el alta de tu cuenta nos falta una copia de tu DNI por las dos caras.</p>
<p>Súbela desde la app en <i>Perfil &gt; Documentación</i>. Por seguridad, no nos envíes el número
del documento ni fotos por correo electrónico.</p>
<p>Expediente {D:caseno}</p>"""),
    T("text", "decoy", "Te enviaremos un código por SMS",
      """Hola {F:name}:

para confirmar el cambio de titular del contrato {D:ref} te mandaremos un código por SMS al
{D:phone} en los próximos minutos. Introdúcelo en la web para terminar el trámite antes del {D:date}.

""" + _PIE),
    T("br", "decoy", "Información de su habitación",
      """Estimado/a {F:name}:
le esperamos en la habitación {D:roomno}, disponible desde las 14:00.
La caja fuerte funciona con una combinación que usted mismo elige: cierre la puerta y marque de 4 a 6 cifras.
Si la olvida, recepción la abrirá en su presencia.
Localizador {D:pnr} · Hotel Mirador de la Bahía"""),
    # ------------------------------------------------------------------ none
    T("text", "none", "Confirmación de tu pedido {D:order}",
      """Hola {F:name}:

gracias por tu pedido {D:order} del {D:date}.

1 x Cafetera italiana 6 tazas      {D:price}
Gastos de envío                    gratis

Dirección de entrega: {F:street}, {D:postcode} {F:city}

{F:shop}"""),
    T("html", "none", "Tu envío llega mañana",
      """<p>Hola {F:name}:</p>
<p>tu envío <b>{D:tracking}</b> se entregará mañana entre las {D:time} y las 14:00.</p>
<p>¿No vas a estar? Puedes cambiar la fecha o elegir una oficina de recogida.</p>"""),
    T("table", "none", "Factura de electricidad {D:invoice}",
      """Hola {F:name}:

ya tienes disponible tu factura.

Nº de factura | {D:invoice}
Nº de contrato | {D:ref}
Importe | {D:price}
Fecha de cargo | {D:date}
Cuenta de cargo | {D:iban}

""" + _PIE),
    T("br", "none", "Cita para la ITV",
      """Hola {F:name}:
tu cita para la inspección técnica es el {D:date} a las {D:time}, línea 3.
Número de cita: {D:caseno}
Trae el permiso de circulación y la ficha técnica del vehículo.
Para anular la cita llama al {D:phone}."""),
    T("blocks", "none", "Devolución completada",
      """Hola {F:name}:

hemos recibido tu devolución del pedido {D:order}.

Importe reembolsado | {D:price}
Tarjeta | {D:masked}
Fecha | {D:date}

El abono puede tardar unos días en reflejarse."""),
    T("text", "none", "Parte de siniestro {D:caseno}",
      """Estimado Sr. {F:name}:

hemos recibido su parte de siniestro del {D:date}.

Número de siniestro: {D:caseno}
Póliza: {D:ref}
Franquicia: {D:amount} €

Un perito se pondrá en contacto con usted antes del {D:date2}.

Seguros Atlántico"""),
    T("html", "none", "Tu reserva de vuelo",
      """<p>Hola {F:name}:</p>
<p>tu reserva está confirmada.</p>
<table><tr><td>Localizador</td><td>{D:pnr}</td></tr><tr><td>Salida</td><td>{D:date}, {D:time}</td></tr>
<tr><td>Importe total</td><td>{D:price}</td></tr></table>
<p>Puedes hacer el check-in online 24 horas antes.</p>"""),
    # ------------------------------------------------------------------ hard
    T("text", "hard", "Retirada de efectivo sin tarjeta",
      """Hola {F:name}:

has solicitado sacar {D:price} sin tarjeta. Acércate a cualquiera de nuestros cajeros, elige
"Sacar dinero con el móvil" y teclea {S:otp} cuando te lo pida la pantalla.

La operación caduca a las {D:time}."""),
    T("html", "hard", "Vincula tu reloj",
      """<p>Hola {F:name}:</p>
<p>para vincular tu reloj inteligente con la cuenta, introduce en el reloj lo que aparece a continuación:</p>
<p style="font-size:26px;font-family:monospace;letter-spacing:3px">{S:otpg}</p>
<p>Si no has iniciado la vinculación, ignora este mensaje.</p>"""),
    T("table", "hard", "Alta en el portal del empleado",
      """Hola {F:name}:

ya puedes consultar tus nóminas en el portal.

Usuario | {D:custno}
Clave provisional | {S:pw}
Centro de trabajo | {F:city}

El sistema te pedirá una clave propia al entrar."""),
    T("blocks", "hard", "Número secreto de tu tarjeta",
      """Hola {F:name}:

como pediste en la oficina el {D:date}, te recordamos el número de tu tarjeta {D:masked}.

Número secreto | {S:pin}

Apréndetelo y borra este mensaje."""),
    T("br", "hard", "Bienvenidos al departamento",
      """¡Hola {F:name}!
Ya tienen todo listo para su llegada del {D:date}.
La red inalámbrica del departamento se llama CasaSol y la contraseña es {S:pwword}.
Cualquier cosa, escríbanos por aquí o llámenos al {D:phone}.
Saludos"""),
    T("text", "hard", "Usa {S:otp} para verificar tu número",
      """Hola:

escribe el número que aparece en el asunto en la app para confirmar que este móvil es tuyo.
Solo es válido durante 5 minutos."""),
    T("html", "hard", "Tu apartamento en Sevilla",
      """<p>Hola {F:name}:</p>
<p>tu apartamento es el <b>{D:roomno}</b>, en la segunda planta. Reserva {D:pnr}.</p>
<p>La puerta del portal se abre marcando <b>{S:pin}</b> en el teclado de la derecha.</p>
<p>¡Que disfrutes de la estancia!</p>"""),
    T("text", "hard", "Activa tu banca por internet",
      """Estimado(a) {F:name}:

ya casi terminas el registro. Te dejamos tu clave de activación al final de este correo, debajo
de la firma.

Número de cliente: {D:custno}
Fecha de solicitud: {D:date}

Una vez activada podrás consultar tus movimientos y pagar servicios.

""" + _PIE_MX + """

{S:otp}"""),
    T("table", "hard", "Tu paquete está en la taquilla",
      """Hola {F:name}:

tu paquete te espera en la taquilla inteligente de {F:street}.

Envío | {D:tracking}
Taquilla | {D:roomno}
Para abrirla | {S:otp}
Disponible hasta | {D:date}

Gracias por confiar en nosotros."""),
    T("blocks", "hard", "Datos de tu nueva línea",
      """Hola {F:name}:

tu nueva línea {D:phone} ya está activa.

PIN de la SIM | {S:pin}
PUK | {S:puk}

Guarda estos datos en un lugar seguro."""),
    T("br", "hard", "RE: clave del sistema de facturación",
      """Hola {F:name},
la clave quedó como {S:pw}, el usuario sigue siendo tu correo institucional.
Saludos,
Rodrigo
> El {D:date}, {F:name} escribió:
> Rodrigo, buen día. No puedo entrar al sistema de facturación, ¿me puedes resetear el acceso?
> Gracias"""),
    T("text", "hard", "Datos fiscales para tu nómina",
      """Hola {F:name}:

hemos registrado tus datos para la nómina a partir del {D:date}:

Número de empleado {D:custno}
Tu NIF es {S:nid}.
Cuenta para el abono: {D:iban}

Revisa que todo sea correcto y avísanos si hay algún error.
Recursos Humanos"""),
    T("html", "hard", "Confirma tu transferencia",
      """<div style="border:1px solid #ccc;padding:14px">
<p>Transferencia de <b>{D:price}</b> a la cuenta {D:iban}</p>
<p>Fecha: {D:date}, {D:time}</p>
<p>Para autorizarla, ingresa estas cifras en la aplicación: <b>{S:otp}</b></p>
<p>¿No reconoces esta operación? No la confirmes y llámanos.</p>
</div>"""),
    T("table", "hard", "Tu pregunta de seguridad",
      """Hola {F:name}:

el {D:date} se actualizaron tus datos de seguridad.

Pregunta | ¿Cómo se llamaba tu primera mascota?
Respuesta | {S:answer}

Si no lo hiciste tú, llama al {D:phone}."""),
    T("blocks", "hard", "Tu licencia de software",
      """Gracias por tu compra en {F:shop}.

Pedido | {D:order}
Código de licencia | {S:akey}

Introduce el código cuando el programa lo solicite."""),
    T("text", "hard", "El teu codi / Tu código",
      """Hola {F:name},

Per confirmar l'alta al portal de l'Ajuntament, introdueix aquest número:
Para confirmar el alta en el portal del Ayuntamiento, introduce este número:

{S:otpg}

Salutacions / Saludos
Ajuntament de Girona · Oficina d'Atenció Ciutadana · NIF P1708500B"""),
    T("br", "hard", "Recogida de tu coche de alquiler",
      """Hola {F:name}:
tu coche te espera en el aparcamiento de la estación desde el {D:date}, plaza {D:roomno}.
Las llaves están en la caja junto a la columna B; se abre con {S:pin}.
Reserva {D:pnr}. Si tienes algún problema, llama al {D:phone}.
Buen viaje"""),
    T("html", "hard", "Contraseña del documento",
      """<p>Estimado Sr. {F:name}:</p>
<p>le hemos enviado en otro correo su declaración de la renta en PDF protegido
(cliente {D:custno}).</p>
<p>La contraseña para abrirlo es esta:</p>
<p><b>{S:pwword}</b></p>
<p>Asesoría Martín y Asociados · Colegiado nº 3127 · {F:city}</p>"""),
    T("text", "hard", "Tu tarjeta virtual ya está lista",
      """Hola {F:name}:

ya puedes usar tu tarjeta virtual para compras online. Su numeración es {S:card} y caduca
en 03/30.

La tarjeta física anterior, {D:masked}, queda cancelada.

Referencia de la solicitud: {D:ref}"""),
    T("blocks", "hard", "Acceso temporal a tu cuenta",
      """Hola {F:name}:

desbloqueamos tu cuenta tal como pediste por teléfono el {D:date}. Tu clave temporal aparece a continuación.

{S:pw}

Número de cliente | {D:custno}
Vigencia | 24 horas

Al entrar tendrás que elegir una nueva.
""" + _PIE_MX),
    T("table", "hard", "Tu centralita virtual",
      """Hola {F:name}:

hemos configurado la centralita de tu oficina en {F:city}.

Extensión | {D:roomno}
Clave del buzón de voz | {S:pin}
Número de cabecera | {D:phone}

Para escuchar los mensajes marca *98 desde tu extensión."""),
    # ------------------------------------------------------------------ more, added in a second pass
    T("text", "decoy", "Acceso bloqueado temporalmente",
      """Hola {F:name}:

como la contraseña se introdujo mal tres veces, hemos bloqueado el acceso a tu cuenta hasta las
{D:time}. Después podrás volver a intentarlo.

Si no la recuerdas, pulsa "He olvidado mi contraseña" en la pantalla de acceso.

""" + _PIE),
    T("br", "decoy", "Cambio de PIN realizado",
      """Estimado/a {F:name}:
el {D:date} se cambió el PIN de tu tarjeta {D:masked} en uno de nuestros cajeros.
A partir de ahora solo sirve el nuevo número que elegiste.
Si no has sido tú, bloquea la tarjeta llamando al {D:phone}.
Tu banco"""),
    T("text", "hard", "Nueva web de socios",
      """Hola {F:name}:

estrenamos web de socios. Entra con la contraseña {S:pw} y tu número de socio {D:custno}
en socios.clubnatacion-ejemplo.es para reservar calles y clases.

Un saludo del Club Natación {F:city}"""),
    T("html", "hard", "Tu banca telefónica",
      """<p>Hola {F:name}:</p>
<p>tal como pediste, hemos establecido tu PIN telefónico en <b>{S:pin}</b>.
Podrás usarlo desde el {D:date}.</p>
<p>Banca telefónica: {D:phone}</p>"""),
    T("table", "hard", "Autoriza tu transferencia",
      """Revisa los datos de la transferencia:

Beneficiario | {F:name}
IBAN | {D:iban}
Importe | {D:price}
Fecha | {D:date}
Clave SMS | {S:otp}

Si algún dato no es correcto, no introduzcas la clave."""),
    T("br", "hard", "RV: datos de acceso",
      """Hola {F:name}:
te reenvío el correo de la compañía para que también puedas entrar tú.
Besos
---------- Mensaje reenviado ----------
De: Atención al cliente {F:shop}
Fecha: {D:date}
Tus datos de acceso: usuario {D:custno}, contraseña {S:pw}
Guárdalos en un lugar seguro."""),
    T("blocks", "hard", "Palabra clave para tus llamadas",
      """Estimado Sr. {F:name}:

para identificarle cuando llame por su expediente, hemos registrado una palabra clave.

Expediente | {D:caseno}
Palabra clave | {S:pwword}

Seguros Atlántico"""),
    T("text", "hard", "Tu usuario ya está habilitado",
      """Hola {F:name}, ¿cómo estás?

Te cuento que tu usuario quedó habilitado desde el {D:date}. La contraseña que elegiste por
teléfono, {S:pwword}, ya funciona en la web y en la app.

Cualquier duda, escribinos.
""" + _PIE_MX),
    T("text", "hard", "Desbloquea tu cuenta",
      """Hola {F:name}:

por precaución hemos bloqueado tu cuenta de {F:shop}. Para desbloquearla, inicia sesión y
escribe los caracteres que te enviamos aquí. Son estos: {S:otpg}.

¿Necesitas ayuda? {D:phone}"""),
    T("br", "hard", "Su solicitud {D:caseno}",
      """Estimado/a {F:name}:
hemos registrado su solicitud de tarjeta de aparcamiento para residentes con el número {D:caseno} (tasa: {D:amount} €).
Para confirmar su correo electrónico, escriba {S:otp} en el formulario de la solicitud.
No la tramitaremos hasta entonces.
Ayuntamiento de {F:city}"""),
    # ------------------------------------------------------------------ hard decoy
    T("text", "hard decoy", "Código de un solo uso",
      """Hola {F:name}:

código de un solo uso: {S:otp}

Nunca te lo pediremos por teléfono ni por WhatsApp. La contraseña de tu cuenta se cambió por
última vez el {D:date}.

{F:shop}"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Tu código de verificación",
      """Tu código de verificación es: {S:otp}

Caduca en 10 minutos. No lo compartas con nadie."""),
    T("html", "easy", "Nuevo PIN",
      """<p>Hola {F:name}:</p>
<p>Tu nuevo PIN: <b>{S:pin}</b></p>
<p>El equipo de soporte</p>"""),
    T("table", "easy", "Tus datos de acceso",
      """¡Bienvenido a {F:shop}!

Usuario | {F:name}
Contraseña | {S:pw}

Disfruta de tus compras."""),
    T("br", "easy", "Clave de operaciones",
      """Clave de operaciones para tu Bizum de {D:price}: {S:otp}
Si no has sido tú, llama al {D:phone}."""),
]
