"""Batch 5, Spanish. Written by helper `blind5c` on 2026-12-04 without reading the rules."""

from blind.engine import T

_PIE_FIBRA = """Atención al cliente de Fibranet
Fibranet Telecomunicaciones, S.L. · CIF B-87654321 · Inscrita en el Registro Mercantil de Madrid, tomo 35.112, folio 48, hoja M-631.204"""

_PIE_BANCO = """Banco Meseta, S.A. · Paseo de la Castellana 93, 28046 Madrid · Registro Mercantil de Madrid, tomo 1.875, hoja M-33.417 · Entidad inscrita en el Banco de España con el n.º 0231"""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy: about a secret, none given
    T("text", "decoy", "Campaña de la Renta: cómo acceder a su borrador",
      """Estimado/a cliente:

le recordamos que la campaña de la Renta comienza el {D:date}.

Para obtener el número de referencia que da acceso a su borrador necesitará su DNI, la fecha de
validez del documento y el importe de la casilla 505 de la declaración del año pasado. La
Agencia Tributaria se lo enviará por SMS; nosotros nunca se lo pediremos por correo.

Si prefiere que presentemos la declaración por usted, pida cita en el {D:phone}.

Gestoría Alcázar · Expediente {D:caseno}"""),
    T("html", "decoy", "Cuidado con los falsos Bizum",
      """<p>Hola, {F:name}:</p>
<p>Estos días circulan mensajes que te piden «aceptar» un Bizum para recibir dinero. <b>Para
recibir un Bizum no tienes que hacer nada</b>: si te piden que firmes una operación, te están
pidiendo que pagues.</p>
<p>Nunca te pediremos por teléfono, SMS ni correo tu clave de acceso, tu clave de firma ni los
códigos que te llegan al móvil.</p>
<p>""" + _PIE_BANCO + "</p>"),
    T("br", "decoy", "Has cambiado tu contraseña",
      """Hola, {F:name}:
te confirmamos que la contraseña de tu Área Clientes se cambió el {D:date} a las {D:time}.
Si has sido tú, no tienes que hacer nada.
Si no reconoces este cambio, llámanos al {D:phone} indicando tu número de cliente, {D:custno}.

Luz Ibérica Energía"""),
    T("table", "decoy", "Tu contraseña de la universidad caduca pronto",
      """Hola:

la contraseña de tu cuenta institucional (correo, campus virtual y wifi eduroam) caduca cada 180 días.

Cuenta | {F:name}.ruiz@alumnos.uni-ejemplo.es
Fecha de caducidad | {D:date}
Dónde cambiarla | portal Mi Cuenta, opción «Cambiar contraseña»
Atención presencial | Edificio de Servicios, despacho {D:roomno}

Servicio de Informática y Comunicaciones"""),
    T("blocks", "decoy", "Tu router ya está en camino",
      """Hola, {F:name}:

hoy hemos enviado tu router. Esto es lo que necesitas saber para conectarlo.

Número de serie | {D:serial}
Clave de la wifi | viene en la pegatina de la parte inferior del router
Seguimiento del envío | {D:tracking}

Podrás cambiar el nombre de la red y la clave desde la app Mi Fibranet.

""" + _PIE_FIBRA),
    T("text", "decoy", "¿Has olvidado el PIN de tu tarjeta?",
      """Hola, {F:name}:

si no recuerdas el PIN de tu tarjeta terminada en {D:masked}, puedes consultarlo en la app, en
Tarjetas > Ver PIN, tras identificarte con tu huella o tu clave de acceso.

También puedes pedir que te lo enviemos por correo postal desde cualquier oficina; tarda unos 5
días hábiles. Ningún empleado del banco te lo dirá por teléfono.

""" + _PIE_BANCO),
    T("html", "decoy", "Tu tarjeta SIM se ha bloqueado",
      """<p>Hola:</p>
<p>Se ha introducido un PIN incorrecto tres veces en la línea <b>{D:phone}</b> y la tarjeta SIM se
ha bloqueado.</p>
<p>Para desbloquearla necesitas el código PUK, que encontrarás:</p>
<ul>
<li>en el Área de Clientes, apartado <i>Mis líneas &gt; Ver PUK</i>;</li>
<li>o en la tarjeta de plástico en la que venía la SIM.</li>
</ul>
<p>Ojo: si se introduce mal el PUK diez veces, la SIM queda inservible y tendrás que pedir un
duplicado.</p>
<p>""" + _PIE_FIBRA.replace("\n", "<br>") + "</p>"),
    T("br", "decoy", "Tu paquete irá a un Citypaq",
      """Hola, {F:name}:
tu envío {D:tracking} se entregará en el Citypaq que elegiste, en {F:street}, {D:postcode} {F:city}.
Cuando el cartero lo deposite, te enviaremos por SMS el código para abrir la taquilla.
Tendrás 3 días para recogerlo.

Correos Express Paquetería"""),
    T("text", "decoy", "Registro en Cl@ve completado",
      """Estimado/a ciudadano/a:

su registro en el sistema Cl@ve se ha completado el {D:date}.

Cada vez que se identifique con Cl@ve PIN recibirá un código en la aplicación, válido durante 10
minutos. Para Cl@ve Permanente deberá activar su contraseña desde el enlace que recibirá por SMS.

Nunca le pediremos estos datos por correo electrónico ni por teléfono.

Referencia de la solicitud: {D:ref}"""),
    T("table", "decoy", "Contrato de alquiler de tu trastero",
      """Hola, {F:name}:

gracias por confiar en Trasteros del Ebro. Te resumimos tu reserva.

Trastero | n.º {D:roomno} (4 m², planta baja)
Fecha de entrada | {D:date}
Cuota mensual | {D:price}
Código de acceso al recinto | se entrega en mano al firmar el contrato
Horario | de lunes a domingo, de 7:00 a 22:00

Trae tu propio candado o cómpralo en recepción."""),
    T("blocks", "decoy", "Bienvenida a la Residencia Universitaria San Pablo",
      """Hola, {F:name}:

te esperamos el {D:date}. Aquí tienes los datos de tu estancia.

Habitación | {D:roomno}
Llave | tarjeta que recogerás en conserjería, con tu DNI
Wifi | la contraseña de la red se entrega junto con la tarjeta

Cualquier duda, escríbenos o llama al {D:phone}."""),
    T("html", "decoy", "Confirma tu compra",
      """<p>Hola, {F:name}:</p>
<p>Estás pagando <b>{D:price}</b> en {F:shop} (pedido {D:order}).</p>
<p>Para confirmar la compra, introduce el código que te hemos enviado por SMS. Caduca en
<b>5 minutos</b> y no debes dárselo a nadie, ni siquiera a un empleado del banco.</p>
<p>Si no estás haciendo esta compra, no introduzcas nada y llama al {D:phone}.</p>"""),
    T("text", "decoy", "Acceso de las familias a la plataforma educativa",
      """Estimadas familias:

las credenciales de acceso a la plataforma educativa se entregarán en la secretaría del centro a
partir del {D:date}, de 9:00 a 13:00. Por seguridad, no se envían por correo electrónico.

Al entrar por primera vez, la plataforma les pedirá que elijan una contraseña nueva. Si la
olvidan, pueden restablecerla desde la misma página de acceso.

La Dirección del CEIP {F:city} (extensión {D:roomno})"""),
    T("br", "decoy", "Tu alquiler empieza mañana",
      """Hola, {F:name}:
tu reserva {D:pnr} empieza mañana a las {D:time}.
El PIN de arranque del coche aparecerá en la app cuando inicies el alquiler; no te lo enviaremos por correo.
Antes de arrancar, haz las fotos del estado del vehículo.

¡Buen viaje!"""),
    T("table", "decoy", "Resumen de tus métodos de acceso",
      """Hola, {F:name}:

como nos pediste, este es el estado de tus métodos de acceso a fecha de {D:date}.

Contraseña | última modificación el {D:date2}
Firma de operaciones | en la app, con tu huella
Teléfono para SMS | {D:phone}
Preguntas de seguridad | sin configurar

Puedes cambiar cualquiera de ellos en Perfil > Seguridad."""),
    T("blocks", "decoy", "Ya tienes acceso a tu Oficina Online",
      """Hola, {F:name}:

ya puedes consultar tus facturas y tu consumo en la Oficina Online.

Contador | {D:serial}
Contrato | {D:ref}
Usuario | tu correo electrónico
Contraseña | la que elegiste al registrarte

¿No la recuerdas? Pulsa «He olvidado mi contraseña» en la página de acceso."""),
    T("html", "decoy", "Su DNI ya está disponible",
      """<p>Estimado/a {F:name}:</p>
<p>Le informamos de que su nuevo DNI está disponible en la oficina de expedición de {F:city}.
Puede recogerlo de lunes a viernes, de 9:00 a 14:00, sin cita previa.</p>
<p>El PIN del certificado electrónico se le entregará en la misma oficina, en un sobre cerrado.
Podrá cambiarlo cuando quiera en los Puntos de Actualización del DNIe.</p>
<p>Número de solicitud: {D:caseno}</p>"""),
    # ------------------------------------------------------------------ none: no secret at all
    T("text", "none", "Tu billete Madrid - Valencia",
      """Hola, {F:name}:

aquí tienes tu billete.

Localizador: {D:pnr}
Ida: {D:date}, salida de Madrid Puerta de Atocha a las {D:time}
Tren 05063, coche 6, plaza 12A
Importe: {D:price}

Recuerda que el acceso al andén cierra 2 minutos antes de la salida.

¡Buen viaje!"""),
    T("html", "none", "Recordatorio de su cita",
      """<p>Estimado/a {F:name}:</p>
<p>Le recordamos su cita en el Centro de Salud {F:city} Centro el <b>{D:date}</b> a las
<b>{D:time}</b>, consulta 14.</p>
<p>Dirección: {F:street}, {D:postcode} {F:city}.</p>
<p>Si no puede acudir, anule la cita en la app o llamando al {D:phone}.</p>"""),
    T("table", "none", "Tu factura de luz ya está disponible",
      """Hola, {F:name}:

ya tienes disponible tu factura en la Oficina Online.

Número de cliente | {D:custno}
Número de factura | {D:invoice}
Importe | {D:price}
Fecha de cargo | {D:date}
Cuenta de cargo | {D:iban}

Gracias por confiar en Luz Ibérica Energía."""),
    T("br", "none", "Tu envío está en reparto",
      """Hola, {F:name}:
tu envío {D:tracking} (pedido {D:order}) sale hoy a reparto.
Dirección de entrega: {F:street}, {D:postcode} {F:city}.
El repartidor pasará entre las 9:00 y las 14:00; si no estás, lo dejaremos en la tienda de conveniencia más cercana."""),
    T("blocks", "none", "Derrama aprobada en la junta",
      """Estimado/a propietario/a:

le comunicamos la derrama aprobada en la junta extraordinaria para la reparación de la fachada.

Piso | 3.º B
Importe | {D:price}
Fecha de cargo | {D:date}
Referencia | {D:ref}

Administración de Fincas Ribera"""),
    T("text", "none", "Notificación de denuncia de tráfico",
      """Estimado/a {F:name}:

le comunicamos que tiene a su disposición en su Dirección Electrónica Vial una notificación de
denuncia de tráfico.

Expediente: {D:caseno}
Fecha de la infracción: {D:date}, a las {D:time}
Importe: {D:price} (reducido en un 50 % si se abona en los 20 días naturales siguientes)

Puede consultarla y pagarla en la sede electrónica o en cualquier oficina de Correos."""),
    T("html", "none", "Hemos recibido tu pedido",
      """<p>Hola, {F:name}:</p>
<p>Gracias por tu pedido <b>{D:order}</b> del {D:date}.</p>
<table>
<tr><td>Saco de dormir -5 °C</td><td>{D:price}</td></tr>
<tr><td>Envío</td><td>gratis</td></tr>
</table>
<p>Lo enviaremos a {F:street}, {D:postcode} {F:city}. Número de seguimiento: {D:tracking}.</p>
<p>{F:shop}</p>"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Tu código de verificación",
      """Hola:

tu código de verificación es: {S:otp}

Caduca en 10 minutos. Si no has intentado iniciar sesión, ignora este mensaje."""),
    T("table", "easy", "Te han regalado una tarjeta regalo",
      """Hola, {F:name}:

alguien especial te ha regalado una tarjeta regalo de {F:shop} por valor de {D:price}.

Número de tarjeta | {S:card}
PIN | {S:pin}
Válida hasta | {D:date}

Puedes usarla en tienda y en nuestra web."""),
    T("br", "easy", "Alta en el campus virtual",
      """Hola, {F:name}:
ya tienes cuenta en el campus virtual.
Usuario: {D:custno}
Contraseña provisional: {S:pw}
Tendrás que cambiarla la primera vez que entres."""),
    T("html", "easy", "Tu paquete ya está en el Citypaq",
      """<p>Hola, {F:name}:</p>
<p>Tu paquete {D:tracking} ya está en el Citypaq de la estación de {F:city}.</p>
<p>Código de recogida: <b>{S:pin6}</b></p>
<p>Tienes 3 días para recogerlo.</p>"""),
    # ------------------------------------------------------------------ hard
    T("text", "hard", "Tu paquete te espera en la taquilla",
      """Hola, {F:name}:

tu paquete {D:tracking} ya está en el Citypaq del centro comercial de {F:city}, taquilla n.º
{D:roomno}.

Para abrirla, teclea {S:pin6} en la pantalla del Citypaq y sigue las instrucciones.

Puedes recogerlo hasta el {D:date}."""),
    T("html", "hard", "Tu lavado Premium está listo",
      """<p>Hola, {F:name}:</p>
<p>Gracias por comprar un lavado Premium ({D:price}) en el lavadero {F:shop} de {F:city}.</p>
<p>Cuando estés delante del túnel, introduce <b>{S:pin6}</b> en el teclado del poste y pulsa la
tecla verde.</p>
<p>El lavado es de un solo uso y vale hasta el {D:date}.</p>"""),
    T("br", "hard", "Nuevo código del portal",
      """Hola a todos:
desde el {D:date} el teclado del portal de la oficina tiene un código nuevo.
A partir de ese día pasa a ser {S:pin}.

Por favor, no lo compartáis con nadie de fuera del espacio.
El equipo de recepción"""),
    T("table", "hard", "Certificado de empresa",
      """Estimado/a {F:name}:

le adjuntamos los datos que nos solicitó para su prestación.

Trabajador/a | {F:name} Gómez
NIF | {S:nid}
Periodo | del {D:date} al {D:date2}
Base de cotización | {D:price}

Departamento de Recursos Humanos"""),
    T("blocks", "hard", "Tu fibra ya está activa",
      """Hola, {F:name}:

tu línea ya funciona. Para conectar tus dispositivos por wifi, elige tu red y escribe la clave que aparece aquí debajo.

Red wifi | FIBRA-{D:amount}
Clave | {S:phrase}
Número de serie del router | {D:serial}

""" + _PIE_FIBRA),
    T("text", "hard", "Tu tarjeta de combustible",
      """Hola:

la tarjeta de combustible del vehículo de empresa ({D:masked}) está activa desde el {D:date}.
El número que te pedirá el surtidor lo encontrarás al final de este correo. Apréndetelo y borra
el mensaje.

Departamento de Flota
{F:street}, {D:postcode} {F:city}

{S:pin}"""),
    T("html", "hard", "Bienvenido/a a la plataforma del instituto",
      """<p>Hola, {F:name}:</p>
<p>Ya tienes cuenta en la plataforma del instituto. Tu usuario es <b>{F:name}.serrano</b> y la
contraseña, <b>{S:pwword}</b>.</p>
<p>Cuando entres por primera vez te pedirá que la cambies.</p>
<p>Jefatura de Estudios</p>"""),
    T("br", "hard", "{S:otp} es tu código",
      """Hola:
para confirmar que eres tú quien inicia sesión en un dispositivo nuevo, introduce el código que aparece en el asunto de este correo.

Si no has sido tú, cambia tu contraseña cuanto antes.
El equipo de seguridad"""),
    T("table", "hard", "Tu nueva tarjeta SIM",
      """Hola, {F:name}:

hemos enviado tu nueva tarjeta SIM para la línea {D:phone}. Guarda este correo: vas a necesitar los dos códigos de abajo.

Código para encender el móvil | {S:pin}
Código de desbloqueo | {S:puk}

""" + _PIE_FIBRA),
    T("blocks", "hard", "Tu programa de facturación",
      """Hola, {F:name}:

gracias por tu compra. La primera vez que abras el programa te pedirá la clave de producto.

Clave de producto | {S:akey}
Número de pedido | {D:order}
Puestos | 2

Soporte técnico"""),
    T("text", "hard", "Su número de referencia para la Renta",
      """Buenos días, {F:name}:

le paso el número de referencia que nos ha facilitado la Agencia Tributaria para acceder a su
borrador:

{S:otpg}

Es válido hasta el final de la campaña. Con él podemos revisar el borrador y, si le parece bien,
presentarlo.

Un saludo,
{F:name}, Gestoría Alcázar (expediente {D:caseno})"""),
    T("html", "hard", "Reserva confirmada",
      """<p>Hola, {F:name}:</p>
<p>Tu alquiler del {D:date} está confirmado (reserva {D:pnr}).</p>
<p>Cuando llegues al coche, acerca el móvil al lector del parabrisas o teclea <b>{S:pin6}</b> en
su teclado. Las llaves están en la guantera.</p>
<p>¡Buen viaje!</p>"""),
    T("br", "hard", "Tu paquete está en el estanco",
      """Hola, {F:name}:
tu paquete {D:tracking} ya está en el punto de recogida Estanco n.º 3, {F:street}, {F:city}.

Dile {S:otp} al dependiente para que te lo entregue.
También te pedirá el DNI."""),
    T("table", "hard", "Has configurado tu pregunta de seguridad",
      """Hola, {F:name}:

te la haremos si llamas a atención al cliente desde un número que no tengamos registrado.

Pregunta | ¿Cómo se llamaba tu primera mascota?
Respuesta | {S:answer}
Fecha | {D:date}

Puedes cambiarla en Perfil > Seguridad."""),
    T("blocks", "hard", "Wifi para las jornadas",
      """Hola, {F:name}:

para las jornadas del {D:date} en la sala {D:roomno}, estos son los datos de conexión para los asistentes.

Red | Jornadas-Auditorio
Clave WPA2 | {S:pw}

Secretaría técnica"""),
    T("text", "hard", "RE: No puedo entrar en mi cuenta",
      """Hola, {F:name}:

ya te he restablecido el acceso. Entra con {S:pw} y cámbiala en cuanto puedas desde Mi perfil.

Un saludo,
{F:name}, atención al cliente (incidencia {D:caseno})

> El {D:date}, escribiste:
> Hola, desde ayer no me deja entrar, dice que la contraseña no es correcta."""),
    T("html", "hard", "Tu nuevo PIN de BiciCiudad",
      """<p>Hola, {F:name}:</p>
<p>Has pedido un PIN nuevo para coger bicis con tu abono n.º {D:custno}.</p>
<p>Aquí lo tienes: <b>{S:pin}</b></p>
<p>El anterior deja de funcionar desde este momento.</p>"""),
    T("br", "hard", "Preventa exclusiva para socios",
      """Hola, {F:name}:
como socio del club tienes acceso a la preventa del concierto del {D:date} en {F:city}.
Empieza el jueves a las 10:00. En el paso de pago, pega esto en la casilla «Código promocional»:
{S:otpg}
Un uso por cuenta y un máximo de 4 entradas."""),
    T("table", "hard", "Retirada de efectivo sin tarjeta",
      """Hola:

has preparado una retirada de efectivo sin tarjeta.

Importe | {D:price}
Caduca a las | {D:time}
Teclea en el cajero | {S:pin6}

Puedes retirarla en cualquier cajero de Banco Meseta."""),
    T("blocks", "hard", "Tu cuenta de usuario",
      """Hola, {F:name}:

¡bienvenido/a al equipo! Informática ya ha creado tu cuenta. La primera clave te la dejamos aquí abajo y caduca en 48 horas.

Usuario | {F:name}.lopez
Primera clave | {S:pw}

Soporte: despacho {D:roomno}"""),
    T("text", "hard", "Ya tienes la fibra y el fijo",
      """Hola, {F:name}:

tu línea fija {D:phone} ya está activa.

Para entrar en el Área de Clientes, usa tu número de cliente {D:custno} y la contraseña
{S:pw}. Para escuchar el buzón de voz desde otro teléfono, llama a tu número, pulsa asterisco
cuando oigas el mensaje y marca {S:pin} seguido de almohadilla.

""" + _PIE_FIBRA),
    T("html", "hard", "Alquiler de bici: el candado",
      """<p>Hola, {F:name}:</p>
<p>Tu bici te espera delante de la tienda {F:shop} el {D:date} a partir de las {D:time}.</p>
<p>Está atada con un candado de combinación que se abre con <b>{S:pin}</b>. Al devolverla,
ciérralo con la misma combinación, por favor.</p>"""),
    T("text", "hard", "Se ha cambiado tu contraseña",
      """Hola, {F:name}:

tal y como pediste al llamar a atención al cliente el {D:date}, tu contraseña se ha cambiado a
{S:pwword}.

Te recomendamos elegir una más segura la próxima vez que entres.

El equipo de {F:shop}"""),
    T("br", "hard", "Aparcamiento reservado",
      """Hola, {F:name}:
tu plaza en el aparcamiento de la estación de {F:city} está reservada para el {D:date} desde las {D:time} (reserva {D:pnr}).
Al llegar a la barrera de entrada, marca {S:pin6} en el teclado del interfono.
Para salir, vuelve a marcar el mismo número."""),
    T("table", "hard", "Alta en la banca a distancia",
      """Estimado/a {F:name}:

su acceso a la banca a distancia ya está activo. Le hemos enviado el usuario por SMS; aquí tiene el resto.

Clave de acceso | {S:pw}
Respuesta a «¿Ciudad natal de su madre?» | {S:answer}

No guarde este correo en su bandeja de entrada."""),
    T("blocks", "hard", "Activa tu tarjeta por teléfono",
      """Hola, {F:name}:

para activar tu tarjeta, llama al {D:phone} y, cuando la locución te lo pida, marca el número que verás debajo.

Número que debes marcar | {S:otp}

La tarjeta funcionará una hora después de la llamada."""),
]
