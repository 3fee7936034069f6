"""Batch 1, Spanish. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- sin secreto: frases sobre un secreto que no dan ninguno
    T("text", "decoy", "Tu contraseña se ha cambiado",
      """Hola, {F:name}:

La contraseña de tu cuenta de {F:shop} se cambió el {D:date} a las {D:time}.
Si has sido tú, no tienes que hacer nada más.
Si no reconoces el cambio, llámanos enseguida al {D:phone}.

Número de cliente: {D:custno}"""),
    T("html", "decoy", "Aviso de seguridad",
      """<p>Estimado cliente:</p>
<p><strong>Nunca</strong> te pediremos tu contraseña, tu PIN ni tus claves de firma por correo, SMS o teléfono.
No compartas tus claves con nadie.</p>
<p>Número de expediente: {D:ref}</p>"""),
    T("text", "decoy", "Tu nueva tarjeta está en camino",
      """Hola, {F:name}:

Tu nueva tarjeta de débito ({D:masked}) se envió el {D:date}.
El PIN te llegará en una carta aparte dentro de unos días. Por seguridad, nunca enviamos la tarjeta y el PIN juntos.
Tu PIN actual sigue siendo válido.

¿Dudas? Llama al {D:phone}."""),
    T("br", "decoy", "¿Has olvidado tu PIN?",
      """Hola, {F:name}:
puedes consultar el PIN de tu tarjeta en cualquier momento en la app, en el apartado Tarjetas.
Si olvidas el PIN, puedes solicitar uno nuevo en el {D:phone}.
No guardes nunca el PIN junto a la tarjeta.

Tarjeta {D:masked}"""),
    T("table", "decoy", "Ajustes de seguridad modificados",
      """Se han modificado los ajustes de seguridad de tu cuenta.
Cambio | Verificación en dos pasos activada
Fecha | {D:date}
Hora | {D:time}
Número de cliente | {D:custno}
¿No has sido tú? Cambia la contraseña y llámanos al {D:phone}."""),
    T("text", "decoy", "Restablecer la contraseña",
      """Hola:

El {D:date} recibimos una solicitud para restablecer la contraseña de tu cuenta.
Puedes elegir una contraseña nueva desde el enlace de abajo. Caduca en 30 minutos.

https://cuenta.example.es/contrasena

Si no lo has solicitado, ignora este correo: tu contraseña no cambiará."""),
    T("blocks", "decoy", "Dónde encontrar tu código PUK",
      """Si introduces mal el PIN tres veces, la tarjeta SIM se bloquea y necesitarás el código PUK.
¿Dónde está el PUK? | En Mi área de cliente o en la tarjeta de plástico donde venía la SIM
Atención al cliente | {D:phone}
Número de cliente | {D:custno}"""),
    T("text", "decoy", "Nueva forma de acceder",
      """Estimado cliente:

A partir del {D:date} accederás con un código de un solo uso que te enviaremos al móvil.
El código es válido durante 10 minutos. No lo compartas con nadie; nunca te lo pediremos.
Seguirás necesitando tu contraseña para el primer acceso desde un dispositivo nuevo.

Número de contrato: {D:ref}"""),
    T("html", "decoy", "Pregunta de seguridad actualizada",
      """<p>Hola, {F:name}:</p>
<p>La respuesta a tu pregunta de seguridad se modificó el {D:date}.</p>
<p>La usamos para identificarte cuando nos llamas. No elijas una respuesta que otros puedan adivinar.</p>
<p>N.º de cliente {D:custno}</p>"""),
    T("br", "decoy", "Bienvenido a la banca online",
      """Hola, {F:name}:
te damos la bienvenida a la banca online.
Te enviaremos el código de activación por correo postal a {F:street}, {D:postcode} {F:city} en un plazo de cinco días hábiles.
Cuando lo recibas, crearás tu propia contraseña de al menos 10 caracteres.

ID de cliente: {D:custno}"""),
    T("text", "decoy", "Tu cuenta está bloqueada",
      """Hola, {F:name}:

Hemos bloqueado tu cuenta tras cinco intentos fallidos de contraseña el {D:date} a las {D:time}.
Para desbloquearla, restablece la contraseña o llama al {D:phone}.
Recuerda que la contraseña distingue entre mayúsculas y minúsculas.

Referencia {D:ref}"""),
    T("table", "decoy", "Cambio de PIN confirmado",
      """El PIN de tu tarjeta se ha cambiado en un cajero.
Tarjeta | {D:masked}
Cambiado el | {D:date}
Lugar | Cajero, {F:city}
¿No has sido tú? Llama ahora al {D:phone}."""),
    T("text", "decoy", "Tu clave caduca pronto",
      """Hola, {F:name}:

La clave de acceso al área de clientes caduca el {D:date}. Entra y elige una clave nueva antes de esa fecha.
Las claves deben tener al menos 12 caracteres.
Expediente {D:ref}"""),
    # --- sin secreto: cartas normales
    T("html", "none", "Confirmación del pedido {D:order}",
      """<h2>¡Gracias por tu pedido, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Artículo</th><th>Cantidad</th><th>Precio</th></tr>
<tr><td>Calcetines de lana, gris</td><td>1 ud.</td><td>{D:price}</td></tr>
<tr><td>Envío</td><td></td><td>{D:price2}</td></tr></table>
<p>Número de pedido: <b>{D:order}</b><br>Realizado el {D:date}</p>
<p>Dirección de entrega: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Tu pedido ha salido",
      """Hola, {F:name}:

Tu pedido {D:order} salió de nuestro almacén el {D:date}.
Número de seguimiento: {D:tracking}
Entrega prevista: {D:date2} entre las {D:time} y las {D:time2}.

Para cambiar la entrega, llama al {D:phone}."""),
    T("table", "none", "Factura {D:invoice}",
      """Gracias por tu pago.
Número de factura | {D:invoice}
Importe | {D:price}
Vencimiento | {D:date}
Referencia | {D:ref}
Número de cliente | {D:custno}"""),
    T("br", "none", "Recordatorio de cita",
      """Hola, {F:name}:
te recordamos tu cita del {D:date} a las {D:time}.
Localizador: {D:ref}
Para anularla: {D:phone}."""),
    T("text", "none", "Domiciliación bancaria",
      """Hola, {F:name}:

Hemos registrado la domiciliación de tus recibos.
IBAN: {D:iban}
Primer cargo: {D:price} el {D:date}
Referencia de la orden: {D:ref}

Tus datos de acceso no cambian."""),
    # --- secretos que una regla ingenua no ve
    T("text", "hard", "Tu código de acceso",
      """Introduce {S:otp} en la app para iniciar sesión. Caduca en 10 minutos.
No lo compartas con nadie."""),
    T("text", "hard", "Confirma tu correo electrónico",
      """Hola, {F:name}:

gracias por registrarte. Para confirmar tu dirección, escribe el siguiente código en la app:

{S:otpg}

Es válido hasta las {D:time}. Tu número de cliente es {D:custno}."""),
    T("html", "hard", "Tu contraseña provisional",
      """<p>Hola, {F:name}:</p>
<p>Tu cuenta ya está creada. Abajo tienes tu contraseña provisional. Te pediremos que la cambies la primera vez que entres.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Usuario: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Tu nuevo PIN",
      """Este es el PIN de tu tarjeta {D:masked}. Memorízalo y borra este mensaje.
Tu número secreto | {S:pin}
Emitido | {D:date}"""),
    T("text", "hard", "Bienvenido al portal del empleado",
      """Hola, {F:name}:

tu usuario ya está listo. Entra con tu número de empleado {D:custno}; la contraseña inicial es {S:pwword}.
Cámbiala la primera vez que accedas.

Soporte informático, {D:phone}"""),
    T("br", "hard", "Tu código de verificación",
      """Tu código de verificación:
{S:otp}
Úsalo en los próximos 15 minutos. Pedido {D:order}."""),
    T("table", "hard", "Tus datos de acceso",
      """¡Bienvenido! Estos son tus datos de acceso.
Usuario | {F:name}.{D:amount}
Clave | {S:pw}
Número de cliente | {D:custno}
Guarda este correo en un lugar seguro o bórralo cuando hayas entrado."""),
    T("text", "hard", "Nueva contraseña",
      """Hola, {F:name}:

como nos pediste, hemos restablecido tu contraseña. La nueva contraseña es {S:pwword}.
Referencia {D:ref}."""),
    T("html", "hard", "Tu código de {F:shop}",
      """<div style="text-align:center">
<p>Usa este código para restablecer tu contraseña:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Si no lo has solicitado, ignora este correo.</p>
</div>"""),
    T("text", "hard", "Datos de tu tarjeta SIM",
      """Tu nueva tarjeta SIM ya está activa.

PIN: {S:pin}
PUK: {S:puk}

Tu número de móvil es el {D:phone}. Pedido {D:order}."""),
    T("blocks", "hard", "Tus códigos de respaldo",
      """Guarda estos códigos de respaldo en un lugar seguro. Cada uno sirve una sola vez.
Código de respaldo | {S:otpg}
Segundo código de respaldo | {S:otpg2}
Generados el | {D:date}"""),
    T("text", "hard", "Recordatorio de tu PIN",
      """Hola, {F:name}:

nos pediste un recordatorio del PIN de tu tarjeta. El PIN de la tarjeta {D:masked} es

    {S:pin}

Memorízalo y destruye este mensaje."""),
    T("br", "hard", "Pregunta de seguridad guardada",
      """Hola, {F:name}:
hemos guardado tu pregunta de seguridad.
Pregunta: ¿Cómo se llamaba tu primera mascota?
Respuesta: {S:answer}
Puedes cambiarla en Ajustes."""),
    T("text", "hard", "Tu tarjeta virtual",
      """Hola, {F:name}:

aquí tienes el número de tu tarjeta virtual:
{S:card}
Válida hasta 09/29. Saldo disponible {D:price}."""),
    T("table", "hard", "Comprueba tus datos",
      """Por favor, comprueba los datos que tenemos registrados.
Nombre | {F:name}
DNI | {S:nid}
Recibido el | {D:date}
Nuestra referencia | {D:ref}"""),
    T("text", "hard", "Tu cuenta de {F:shop}",
      """Hola, {F:name}:

la primera vez entra con tu correo electrónico y la contraseña {S:pw}.
Después podrás elegir tu propia contraseña."""),
    # --- secretos fáciles, a veces junto a avisos
    T("text", "easy", "Tu código de un solo uso",
      """Tu código de un solo uso es {S:otp}. Es válido durante 5 minutos.
Nunca te pediremos este código. Ref. {D:ref}."""),
    T("html", "easy decoy", "Nueva contraseña",
      """<p>Hola, {F:name}:</p>
<p>Tu nueva contraseña: <strong>{S:pw}</strong></p>
<p>No compartas nunca tu contraseña. Puedes cambiarla cuando quieras en Mi cuenta.</p>
<p>Número de cliente {D:custno}</p>"""),
    T("text", "easy decoy", "Tu PIN",
      """Hola, {F:name}:

PIN: {S:pin}

Puedes cambiar el PIN en cualquier cajero. Si lo olvidas, llama al {D:phone}.
Tarjeta {D:masked}."""),
    T("br", "easy", "Código de inicio de sesión",
      """Código de inicio de sesión: {S:otp}
Solicitado el {D:date} a las {D:time}.
¿No has sido tú? Llama al {D:phone}."""),
    T("table", "easy decoy", "Tu router está en camino",
      """Hemos enviado el router con el número de seguimiento {D:tracking}.
Nombre de la red | {F:shop}-{D:amount}
Contraseña wifi | {S:pw}
Contraseña de administrador | en la etiqueta bajo el router
No compartas la contraseña wifi."""),
    T("text", "easy", "Tu código PUK",
      """Hola, {F:name}:

Tu código PUK es {S:puk}. Introdúcelo en el teléfono para desbloquear la SIM y luego elige un PIN nuevo.
Número de móvil: {D:phone}."""),
    T("blocks", "easy", "Completa tu registro",
      """Completa el registro con el código de un solo uso de abajo.
Código de un solo uso | {S:otp}
Caduca a las | {D:time}"""),
    T("text", "easy decoy", "Contraseña restablecida",
      """Hola, {F:name}:

Tu contraseña se restableció el {D:date}. Contraseña temporal: {S:pw}

La contraseña debe cambiarse cada 90 días. Pedido {D:order}."""),
]
