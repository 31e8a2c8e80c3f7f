package org.helpdesk.bench;

import java.util.SplittableRandom;

/**
 * The words of the generated desk: IT-support topics in Spanish and English (titles, problem
 * descriptions, fixes), greetings and closings, and tokens of every frequency for full-text
 * benchmarks. Common words (impresora, contraseña, VPN...) come from the topics and reach very
 * many tickets; host names, error codes and asset tags reach tens to hundreds; unusual words
 * ({@link #RARE_WORDS}) a few hundred per million tickets; serial numbers one ticket each.
 * <p>
 * Templates hold slots filled by {@link #fill}: {host}, {code}, {asset}, {serial}, {floor}, {n},
 * {app}, {site}, {ip}, {printer}, {name}.
 */
final class Texts {

    private Texts() {
    }

    /** One kind of problem, with what both languages say about it. */
    record Topic(String[] titlesEs, String[] titlesEn, String[] problemsEs, String[] problemsEn, String[] fixesEs,
            String[] fixesEn) {
    }

    private static String[] a(String... values) {
        return values;
    }

    static final Topic[] TOPICS = {
        new Topic(
            a("La impresora no imprime", "Impresora {printer} atasca el papel", "Impresora sin tóner en el piso {floor}",
                "No puedo imprimir desde {app}"),
            a("Printer does not print", "Printer {printer} jams paper", "Printer out of toner on floor {floor}",
                "Cannot print from {app}"),
            a("La impresora {printer} del piso {floor} no imprime nada, los trabajos se quedan en la cola.",
                "Al imprimir sale la hoja en blanco y la pantalla de la impresora muestra el error {code}.",
                "Desde ayer la impresora atasca el papel en la bandeja 2 y hay que abrirla cada pocas hojas.",
                "No aparece la impresora {printer} en la lista de impresoras de mi equipo {asset}.",
                "El tóner se terminó y nadie del piso {floor} puede imprimir las facturas."),
            a("Printer {printer} on floor {floor} prints nothing, the jobs stay in the queue.",
                "Pages come out blank and the printer display shows error {code}.",
                "Since yesterday the printer jams paper in tray 2 and we have to open it every few pages.",
                "Printer {printer} does not show up in the printer list of my computer {asset}."),
            a("Reiniciamos la cola de impresión en el servidor {host} y reinstalamos el controlador.",
                "Se cambió el cartucho de tóner y se limpió el rodillo de la bandeja 2.",
                "Agregamos la impresora {printer} a su perfil mediante la directiva de grupo."),
            a("We restarted the print spooler on server {host} and reinstalled the driver.",
                "The toner cartridge was replaced and the roller of tray 2 cleaned.",
                "We added printer {printer} to your profile through the group policy.")),
        new Topic(
            a("La VPN no conecta", "VPN se desconecta cada {n} minutos", "Error {code} al conectar la VPN",
                "Sin acceso a la VPN desde casa"),
            a("VPN does not connect", "VPN drops every {n} minutes", "Error {code} when connecting to the VPN",
                "No VPN access from home"),
            a("Desde casa la VPN no conecta, el cliente se queda en «autenticando» y luego muestra el error {code}.",
                "La VPN se desconecta cada {n} minutos y pierdo el trabajo en {app}.",
                "Con la VPN conectada no llego al servidor {host} ni a las carpetas compartidas.",
                "El token de la VPN dice que mi certificado ha caducado."),
            a("From home the VPN does not connect, the client stays at 'authenticating' and then shows error {code}.",
                "The VPN drops every {n} minutes and I lose my work in {app}.",
                "With the VPN connected I cannot reach server {host} or the shared folders.",
                "The VPN token says my certificate has expired."),
            a("Renovamos el certificado de la VPN y se volvió a instalar el cliente en el equipo {asset}.",
                "El concentrador VPN {host} tenía la licencia agotada; se amplió el número de sesiones.",
                "Se corrigió la ruta hacia la red {ip} en el perfil de la VPN."),
            a("We renewed the VPN certificate and reinstalled the client on computer {asset}.",
                "VPN concentrator {host} had run out of licences; the number of sessions was raised.",
                "The route to network {ip} was fixed in the VPN profile.")),
        new Topic(
            a("El correo no sincroniza", "No recibo correos externos", "Buzón de correo lleno",
                "Outlook pide la contraseña todo el tiempo"),
            a("Email does not sync", "I do not receive external emails", "Mailbox full",
                "Outlook keeps asking for the password"),
            a("El correo no sincroniza en el móvil desde el cambio de contraseña.",
                "No recibo correos de clientes externos, los internos sí llegan.",
                "Outlook me avisa de que el buzón está lleno y no puedo enviar mensajes.",
                "Outlook pide la contraseña cada pocos minutos y no acepta la nueva.",
                "Los correos que envío a {name} vuelven con el error {code}."),
            a("Email does not sync on my phone since the password change.",
                "I do not receive emails from external customers, internal ones arrive.",
                "Outlook warns that the mailbox is full and I cannot send messages.",
                "Outlook asks for the password every few minutes and does not accept the new one."),
            a("Se amplió la cuota del buzón y se archivaron los correos de más de dos años.",
                "El filtro antispam del servidor {host} bloqueaba el dominio del cliente; se añadió a la lista blanca.",
                "Se eliminó el perfil de Outlook y se configuró de nuevo la cuenta."),
            a("The mailbox quota was raised and mail older than two years archived.",
                "The spam filter on server {host} blocked the customer's domain; it was whitelisted.",
                "The Outlook profile was removed and the account set up again.")),
        new Topic(
            a("Olvidé mi contraseña", "Usuario bloqueado", "Cambio de contraseña no funciona",
                "No puedo iniciar sesión en {app}"),
            a("Forgot my password", "Account locked", "Password change does not work", "Cannot log in to {app}"),
            a("Olvidé mi contraseña y mi usuario quedó bloqueado después de varios intentos.",
                "Al cambiar la contraseña el sistema dice que no cumple la política, aunque tiene {n} caracteres.",
                "No puedo iniciar sesión en {app}, dice usuario o contraseña incorrectos.",
                "La contraseña caducó mientras estaba de vacaciones y ahora no entro al equipo {asset}."),
            a("I forgot my password and my account got locked after several attempts.",
                "When changing the password the system says it does not meet the policy although it has {n} characters.",
                "I cannot log in to {app}, it says wrong user or password.",
                "My password expired while I was on holiday and now I cannot log in to computer {asset}."),
            a("Desbloqueamos la cuenta en el directorio activo y se generó una contraseña temporal.",
                "Se sincronizó la contraseña con {app}; debe cambiarla en el próximo inicio de sesión.",
                "Se restableció la contraseña tras verificar su identidad por teléfono."),
            a("We unlocked the account in the directory and issued a temporary password.",
                "The password was synchronised with {app}; please change it at the next login.",
                "The password was reset after verifying your identity by phone.")),
        new Topic(
            a("Red lenta en el piso {floor}", "Sin conexión a internet", "El wifi se corta", "No hay red en la sala {n}"),
            a("Slow network on floor {floor}", "No internet connection", "Wi-Fi keeps dropping", "No network in room {n}"),
            a("La red está muy lenta en todo el piso {floor}, las páginas tardan más de un minuto en cargar.",
                "No hay conexión a internet en mi equipo {asset}, el cable está conectado.",
                "El wifi de la oficina se corta cada pocos minutos en la sala de reuniones {n}.",
                "El punto de red de mi escritorio no funciona, el switch no enciende la luz."),
            a("The network is very slow on the whole floor {floor}, pages take more than a minute to load.",
                "There is no internet on my computer {asset}, the cable is plugged in.",
                "The office Wi-Fi drops every few minutes in meeting room {n}.",
                "The network socket at my desk does not work, the switch light stays off."),
            a("Se reemplazó el switch del piso {floor} y se revisó el cableado del punto de red.",
                "El punto de acceso {host} tenía el firmware desactualizado; se actualizó y se reinició.",
                "Se liberó la dirección {ip} que estaba duplicada en el DHCP."),
            a("The switch on floor {floor} was replaced and the cabling of the socket checked.",
                "Access point {host} had old firmware; it was updated and restarted.",
                "Address {ip}, duplicated in DHCP, was released.")),
        new Topic(
            a("El servidor {host} no responde", "Caída del servidor de archivos", "Servidor {host} sin espacio en disco",
                "Aplicación {app} muy lenta"),
            a("Server {host} not responding", "File server down", "Server {host} out of disk space",
                "Application {app} very slow"),
            a("El servidor {host} no responde desde las {n} horas y {app} muestra error de conexión.",
                "Nadie puede abrir las carpetas compartidas del servidor de archivos.",
                "El servidor {host} se quedó sin espacio en disco y la aplicación {app} se detuvo.",
                "La aplicación {app} va muy lenta, cada pantalla tarda varios segundos."),
            a("Server {host} stopped answering at {n} o'clock and {app} shows a connection error.",
                "Nobody can open the shared folders of the file server.",
                "Server {host} ran out of disk space and application {app} stopped.",
                "Application {app} is very slow, every screen takes several seconds."),
            a("Se reinició el servicio en {host} y se amplió el disco de datos en {n} GB.",
                "Se depuraron los registros antiguos del servidor {host} y se programó su rotación.",
                "La base de datos de {app} tenía bloqueos; se reinició el servicio fuera de horario."),
            a("The service on {host} was restarted and the data disk grown by {n} GB.",
                "Old logs on server {host} were purged and their rotation scheduled.",
                "The database of {app} had locks; the service was restarted out of hours.")),
        new Topic(
            a("Error al emitir la factura", "No se genera la factura electrónica", "Factura duplicada en {app}",
                "Consulta sobre factura del mes"),
            a("Error issuing the invoice", "Electronic invoice not generated", "Duplicate invoice in {app}",
                "Question about this month's invoice"),
            a("Al emitir la factura en {app} aparece el error {code} y no se envía a SUNAT.",
                "La factura electrónica no se genera, el comprobante queda en estado pendiente.",
                "En {app} salió una factura duplicada para el cliente {name}.",
                "No cuadra el importe de la factura del mes con el pedido {n}."),
            a("Issuing the invoice in {app} shows error {code} and it is not sent to the tax office.",
                "The electronic invoice is not generated, the document stays pending.",
                "{app} issued a duplicate invoice for customer {name}.",
                "The amount of this month's invoice does not match order {n}."),
            a("Se anuló la factura duplicada y se volvió a emitir con el número correcto.",
                "El certificado de firma digital había caducado; se renovó y se reenviaron los comprobantes.",
                "Se corrigió la serie de facturación en {app}."),
            a("The duplicate invoice was cancelled and issued again with the right number.",
                "The signing certificate had expired; it was renewed and the documents sent again.",
                "The invoice series was corrected in {app}.")),
        new Topic(
            a("Portátil no enciende", "Pantalla azul en el equipo {asset}", "El equipo va muy lento",
                "Ruido extraño en el portátil"),
            a("Laptop does not turn on", "Blue screen on computer {asset}", "Computer very slow", "Strange noise in the laptop"),
            a("Mi portátil {asset} no enciende, la luz de carga parpadea en naranja.",
                "El equipo {asset} muestra una pantalla azul con el código {code} al arrancar.",
                "El equipo va muy lento desde la última actualización de Windows.",
                "El ventilador del portátil hace mucho ruido y se calienta."),
            a("My laptop {asset} does not turn on, the charging light blinks orange.",
                "Computer {asset} shows a blue screen with code {code} at startup.",
                "The computer has been very slow since the last Windows update.",
                "The laptop fan is very loud and it gets hot."),
            a("Se sustituyó el cargador y la batería del portátil {asset}.",
                "Se actualizó el controlador de la tarjeta gráfica y se revisó el disco; ya no aparece la pantalla azul.",
                "Se amplió la memoria a {n} GB y se desinstalaron programas que no se usaban."),
            a("The charger and battery of laptop {asset} were replaced.",
                "The graphics driver was updated and the disk checked; the blue screen is gone.",
                "Memory was upgraded to {n} GB and unused programs removed.")),
        new Topic(
            a("Instalar {app}", "Solicitud de licencia de {app}", "Actualizar {app} a la última versión",
                "Error al instalar {app}"),
            a("Install {app}", "Licence request for {app}", "Update {app} to the latest version", "Error installing {app}"),
            a("Necesito que me instalen {app} en el equipo {asset} para el nuevo proyecto.",
                "Solicito una licencia de {app}, mi jefe ya lo aprobó.",
                "Al instalar {app} aparece el error {code} y la instalación se revierte.",
                "Mi versión de {app} es antigua y no abre los archivos que me envían."),
            a("I need {app} installed on computer {asset} for the new project.",
                "I am requesting a {app} licence, my manager already approved it.",
                "Installing {app} fails with error {code} and the installation rolls back.",
                "My version of {app} is old and does not open the files people send me."),
            a("Se instaló {app} desde el portal de software y se asignó la licencia.",
                "Faltaba un componente de .NET; tras instalarlo, {app} se instaló sin errores.",
                "Se actualizó {app} a la versión corporativa."),
            a("{app} was installed from the software portal and the licence assigned.",
                "A .NET component was missing; once installed, {app} installed without errors.",
                "{app} was updated to the company version.")),
        new Topic(
            a("Sin acceso a la carpeta compartida", "Permisos en la carpeta de {app}", "No veo la unidad de red",
                "Archivo borrado por error"),
            a("No access to the shared folder", "Permissions on the {app} folder", "Network drive missing",
                "File deleted by mistake"),
            a("No tengo acceso a la carpeta compartida del área en \\\\{host}\\datos.",
                "Necesito permisos de escritura en la carpeta de {app} para el cierre de mes.",
                "La unidad de red ya no aparece en mi equipo {asset}.",
                "Borré por error un archivo importante de la carpeta compartida y necesito recuperarlo."),
            a("I have no access to the department's shared folder on \\\\{host}\\data.",
                "I need write permission on the {app} folder for the month-end close.",
                "The network drive no longer shows up on my computer {asset}.",
                "I deleted an important file from the shared folder by mistake and need it back."),
            a("Se añadió su usuario al grupo de la carpeta con permisos de modificación.",
                "Se restauró el archivo desde la copia de seguridad de anoche en {host}.",
                "Se volvió a mapear la unidad de red con el script de inicio de sesión."),
            a("Your user was added to the folder's group with modify permission.",
                "The file was restored from last night's backup on {host}.",
                "The network drive was mapped again with the logon script.")),
        new Topic(
            a("Teléfono IP sin tono", "No funciona la videollamada en {app}", "Micrófono no funciona en reuniones",
                "Sala de reuniones {n} sin proyector"),
            a("IP phone without dial tone", "Video call not working in {app}", "Microphone not working in meetings",
                "Meeting room {n} projector not working"),
            a("El teléfono IP de mi escritorio no tiene tono desde que me cambié al piso {floor}.",
                "En las videollamadas de {app} los demás no me escuchan.",
                "El proyector de la sala {n} no detecta el portátil.",
                "La cámara no funciona en {app}, aparece una pantalla negra."),
            a("The IP phone at my desk has no dial tone since I moved to floor {floor}.",
                "In {app} video calls the others cannot hear me.",
                "The projector in room {n} does not detect the laptop.",
                "The camera does not work in {app}, it shows a black screen."),
            a("Se registró de nuevo la extensión en la centralita {host}.",
                "Se actualizó el controlador de audio y se configuró el micrófono por defecto en {app}.",
                "Se cambió el cable HDMI de la sala {n}."),
            a("The extension was registered again on PBX {host}.",
                "The audio driver was updated and the default microphone set in {app}.",
                "The HDMI cable in room {n} was replaced.")),
        new Topic(
            a("Alta de usuario nuevo", "Baja de empleado", "Acceso a {app} para nuevo compañero",
                "Cambio de puesto de trabajo"),
            a("New user account", "Employee leaving", "Access to {app} for a new colleague", "Desk move"),
            a("El lunes se incorpora {name} al área y necesita usuario, correo y acceso a {app}.",
                "{name} deja la empresa el viernes; hay que desactivar sus accesos y guardar su buzón.",
                "Necesito acceso a {app} con el mismo perfil que mi compañero {name}.",
                "Me cambio al piso {floor} y necesito que trasladen mi equipo {asset} y el teléfono."),
            a("{name} joins the team on Monday and needs an account, email and access to {app}.",
                "{name} leaves the company on Friday; their access must be disabled and the mailbox kept.",
                "I need access to {app} with the same profile as my colleague {name}.",
                "I am moving to floor {floor} and need my computer {asset} and phone moved."),
            a("Se creó el usuario, el buzón y se asignaron los grupos de {app}.",
                "Se desactivó la cuenta y el buzón se convirtió en buzón compartido.",
                "Se trasladó el equipo {asset} y se configuró el punto de red del piso {floor}."),
            a("The account and mailbox were created and the {app} groups assigned.",
                "The account was disabled and the mailbox turned into a shared mailbox.",
                "Computer {asset} was moved and the network socket on floor {floor} set up.")),
        new Topic(
            a("Aviso de virus en el equipo", "Correo sospechoso de phishing", "El antivirus bloquea {app}",
                "Posible cuenta comprometida"),
            a("Virus warning on my computer", "Suspicious phishing email", "Antivirus blocks {app}",
                "Possibly compromised account"),
            a("El antivirus muestra un aviso de amenaza en el archivo que descargué ayer.",
                "Recibí un correo sospechoso que pide mi contraseña en nombre del banco; no abrí el enlace.",
                "El antivirus bloquea {app} y no me deja trabajar.",
                "Mis contactos reciben correos que yo no he enviado."),
            a("The antivirus shows a threat warning on the file I downloaded yesterday.",
                "I received a suspicious email asking for my password on behalf of the bank; I did not open the link.",
                "The antivirus blocks {app} and I cannot work.",
                "My contacts receive emails I did not send."),
            a("Se analizó el equipo {asset}, se eliminó la amenaza y se cambió la contraseña del usuario.",
                "Se bloqueó el remitente del phishing en la pasarela de correo {host}.",
                "Se añadió una exclusión para {app} en la consola del antivirus."),
            a("Computer {asset} was scanned, the threat removed and the user's password changed.",
                "The phishing sender was blocked on mail gateway {host}.",
                "An exclusion for {app} was added in the antivirus console.")),
        new Topic(
            a("Copia de seguridad fallida", "Restaurar versión anterior de un documento", "La copia nocturna no terminó",
                "Recuperar correo borrado"),
            a("Backup failed", "Restore an earlier version of a document", "Nightly backup did not finish",
                "Recover deleted email"),
            a("La copia de seguridad nocturna del servidor {host} terminó con el error {code}.",
                "Necesito la versión del documento de ayer, la de hoy se guardó mal.",
                "Borré sin querer una carpeta de correos de {name} y necesito recuperarla.",
                "El informe de copias dice que la tarea {n} no se ejecutó."),
            a("The nightly backup of server {host} ended with error {code}.",
                "I need yesterday's version of the document, today's was saved wrong.",
                "I accidentally deleted a mail folder from {name} and need it back.",
                "The backup report says job {n} did not run."),
            a("Se relanzó la copia de seguridad y se cambió la cinta del robot.",
                "Se recuperó la versión anterior desde las instantáneas de {host}.",
                "Se restauraron los correos desde la papelera de elementos recuperables."),
            a("The backup was run again and the tape in the library replaced.",
                "The earlier version was recovered from the snapshots on {host}.",
                "The emails were restored from the recoverable items folder.")),
        new Topic(
            a("Móvil corporativo no sincroniza", "Configurar correo en el móvil", "Pantalla rota del móvil",
                "Solicitud de móvil nuevo"),
            a("Company phone does not sync", "Set up email on my phone", "Broken phone screen", "New phone request"),
            a("El móvil corporativo no sincroniza el calendario desde el viernes.",
                "Necesito configurar el correo y {app} en el móvil nuevo.",
                "Se me cayó el móvil y la pantalla está rota, no responde al tacto.",
                "Mi móvil tiene más de {n} años y la batería no dura ni medio día."),
            a("The company phone has not synced the calendar since Friday.",
                "I need email and {app} set up on the new phone.",
                "I dropped my phone and the screen is broken, it does not respond to touch.",
                "My phone is more than {n} years old and the battery barely lasts half a day."),
            a("Se volvió a inscribir el móvil en la consola de gestión de dispositivos.",
                "Se entregó un móvil de reemplazo con el correo y {app} configurados.",
                "Se tramitó la reparación de la pantalla con el proveedor."),
            a("The phone was enrolled again in the device management console.",
                "A replacement phone with email and {app} set up was handed over.",
                "The screen repair was arranged with the supplier.")),
    };

    static final String[] APPS = { "SAP", "Excel", "Outlook", "Teams", "Zoom", "AutoCAD", "Power BI", "Salesforce",
        "el ERP", "Office 365", "Adobe Acrobat", "SharePoint", "Chrome", "Jira", "Oracle Forms", "Siebel", "QuickBooks",
        "Visual Studio", "Tableau", "OneDrive" };
    static final String[] APPS_EN = { "SAP", "Excel", "Outlook", "Teams", "Zoom", "AutoCAD", "Power BI", "Salesforce",
        "the ERP", "Office 365", "Adobe Acrobat", "SharePoint", "Chrome", "Jira", "Oracle Forms", "Siebel", "QuickBooks",
        "Visual Studio", "Tableau", "OneDrive" };
    static final String[] SITES = { "lim", "aqp", "cus", "tru", "piu", "mad", "bcn", "bog", "mex", "scl" };
    static final String[] ROLES = { "db", "app", "fs", "web", "prt", "dc", "mail", "vpn", "bk", "pbx" };
    static final String[] PRINTER_MODELS = { "HP-LJ", "RICOH-MP", "XEROX-WC", "CANON-IR", "BROTHER-HL", "KYOCERA-TA" };

    static final String[] CONTEXT_ES = { "Esto ocurre desde esta mañana.", "Ya reinicié el equipo y sigue igual.",
        "Le pasa también a mis compañeros del área.", "Es urgente porque tenemos cierre de mes.",
        "Adjunto una captura de pantalla del error.", "Ayer funcionaba sin problemas.",
        "Trabajo desde la sede de {site} esta semana.", "Estoy disponible en la extensión {n}.",
        "No sé si tiene relación con el cambio de la semana pasada.", "Lo he intentado desde otro navegador y pasa lo mismo.",
        "Es la tercera vez que ocurre este mes.", "Necesito resolverlo antes de la reunión de la tarde.",
        "Mi equipo es el {asset}.", "El problema empezó después de la actualización." };
    static final String[] CONTEXT_EN = { "This has been happening since this morning.",
        "I already restarted the computer and nothing changed.", "It happens to my colleagues too.",
        "It is urgent because of the month-end close.", "I attach a screenshot of the error.",
        "Yesterday it worked fine.", "I am working from the {site} office this week.", "You can reach me on extension {n}.",
        "It is the third time this month.", "My computer is {asset}.", "The problem started after the update." };
    static final String[] GREETING_ES = { "Hola,", "Buenos días,", "Buenas tardes,", "Estimados:", "Hola equipo de soporte:" };
    static final String[] GREETING_EN = { "Hello,", "Hi,", "Good morning,", "Dear support team," };
    static final String[] CLOSING_ES = { "Gracias.", "Muchas gracias por su ayuda.", "Saludos cordiales,", "Un saludo,",
        "Quedo atento." };
    static final String[] CLOSING_EN = { "Thanks.", "Thank you for your help.", "Best regards,", "Kind regards," };
    static final String[] ACK_ES = { "Gracias por su mensaje.", "Hemos revisado su solicitud.",
        "Le escribo en relación con su incidencia.", "Hemos recibido su solicitud y ya la estamos atendiendo." };
    static final String[] ACK_EN = { "Thank you for your message.", "We have looked into your request.",
        "I am writing about your incident.", "We received your request and are working on it." };
    static final String[] EXPLAIN_ES = { "Hemos verificado la configuración del equipo y los registros del servidor.",
        "El problema se debía a un cambio reciente en la configuración que ya se ha revertido.",
        "Según los registros, el fallo empezó tras la ventana de mantenimiento del fin de semana.",
        "Hemos aplicado la solución en remoto, no es necesario que reinicie el equipo.",
        "Revisamos también otros equipos del área y no encontramos el mismo error.",
        "Hemos documentado la solución en la base de conocimiento para casos similares." };
    static final String[] EXPLAIN_EN = { "We checked the computer's configuration and the server logs.",
        "The problem came from a recent configuration change, which has been reverted.",
        "According to the logs the failure started after the weekend maintenance window.",
        "We applied the fix remotely, there is no need to restart the computer.",
        "We documented the fix in the knowledge base for similar cases." };
    static final String[] ASK_ES = { "¿Puede confirmar si ya funciona correctamente?",
        "Por favor, pruebe de nuevo y avísenos si el problema continúa.",
        "Si vuelve a ocurrir, responda a este mensaje indicando la hora exacta.",
        "Quedamos a la espera de su confirmación para cerrar el ticket." };
    static final String[] ASK_EN = { "Can you confirm that it works now?", "Please try again and tell us if the problem persists.",
        "If it happens again, answer this message with the exact time.",
        "We are waiting for your confirmation to close the ticket." };
    static final String[] THANKS_ES = { "Confirmo que ya funciona, muchas gracias.", "Perfecto, ya está resuelto. Gracias por la rapidez.",
        "Todo correcto, pueden cerrar el ticket.", "Funciona de nuevo, gracias por la ayuda." };
    static final String[] THANKS_EN = { "I confirm it works now, many thanks.", "Perfect, it is solved. Thanks for the quick help.",
        "All good, you can close the ticket." };
    static final String[] STILL_ES = { "Sigue sin funcionar, el error vuelve a aparecer.", "Lo he probado y el problema continúa.",
        "Funcionó un rato pero ha vuelto a fallar.", "¿Hay alguna novedad? Seguimos sin poder trabajar." };
    static final String[] STILL_EN = { "It still does not work, the error is back.", "I tried it and the problem persists.",
        "It worked for a while but failed again.", "Any news? We still cannot work." };
    static final String[] NOTE_ES = { "Revisado en remoto con el usuario.", "Pendiente de respuesta del proveedor.",
        "Se consultó con el equipo de sistemas.", "Revisar de nuevo mañana a primera hora.",
        "Mismo problema que en otros tickets de esta semana." };
    static final String[] NOTE_EN = { "Checked remotely with the user.", "Waiting for the supplier's answer.",
        "Asked the systems team.", "Check again tomorrow morning." };

    /** Unusual words sprinkled with a low probability: each is in a few hundred tickets of a million. */
    static final String[] RARE_WORDS = { "ornitorrinco", "quetzal", "zarzuela", "xilófono", "palimpsesto", "hipopótamo",
        "alcaraván", "bergamota", "cachivache", "dromedario", "escarabajo", "fanfarria", "galimatías", "hojaldre",
        "idiosincrasia", "jeroglífico", "kilómetro", "laberinto", "mandrágora", "nenúfar", "otorrino", "pantagruélico",
        "quimera", "rinoceronte", "saxofón", "tiburón", "ukelele", "vorágine", "wolframio", "yunque", "zanahoria",
        "albaricoque", "berenjena", "cocodrilo", "desparpajo", "efervescente", "filigrana", "guacamayo", "holograma",
        "iguana", "jacarandá", "lechuza", "murciélago", "nigromante", "ocarina", "pingüino", "querubín", "ruiseñor",
        "salamandra", "tamborilero", "umbráculo", "vichyssoise", "xerografía", "zampoña", "aardvark", "bumblebee",
        "cantaloupe", "dandelion", "eucalyptus", "flamingo", "gargoyle", "harpsichord", "igloo", "jackalope",
        "kaleidoscope", "labyrinthine", "marmalade", "narwhal", "octopus", "pumpernickel", "quokka", "rhubarb",
        "sasquatch", "tambourine", "umbrella", "vermilion", "walrus", "xylograph", "yodeling", "zeppelin",
        "kerberoasting", "bitlocker", "pagefile", "hyperthreading", "firewire", "thunderbolt", "ransomware",
        "deduplicación", "hipervisor", "contenedor", "microcódigo", "criptomoneda", "escáner", "plotter", "fotocopiadora" };

    static final String[] FIRST_NAMES_ES = { "María", "José", "Juan", "Ana", "Luis", "Carmen", "Carlos", "Rosa", "Jorge",
        "Lucía", "Miguel", "Elena", "Pedro", "Sofía", "Javier", "Paula", "Diego", "Laura", "Fernando", "Isabel", "Ricardo",
        "Patricia", "Alejandro", "Gabriela", "Manuel", "Daniela", "Andrés", "Valeria", "Raúl", "Mónica", "Sergio",
        "Claudia", "Francisco", "Verónica", "Antonio", "Beatriz", "Pablo", "Silvia", "Héctor", "Natalia", "Óscar",
        "Teresa", "Rubén", "Lorena", "Víctor", "Adriana", "Eduardo", "Pilar", "Gonzalo", "Inés" };
    static final String[] LAST_NAMES_ES = { "García", "Rodríguez", "González", "Fernández", "López", "Martínez",
        "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
        "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez",
        "Serrano", "Blanco", "Suárez", "Molina", "Castro", "Ortega", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias",
        "Medina", "Garrido", "Quispe", "Mamani", "Huamán", "Flores", "Chávez", "Vargas", "Rojas", "Castillo", "Mendoza",
        "Salazar" };
    static final String[] FIRST_NAMES_EN = { "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael",
        "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Thomas", "Jessica", "Charles", "Sarah",
        "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Emily", "Mark", "Emma", "Steven", "Olivia", "Paul", "Grace" };
    static final String[] LAST_NAMES_EN = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
        "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
        "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams" };

    static final String[] COMPANY_WORDS = { "Andina", "Pacífico", "Inca", "Sol", "Norte", "Sur", "Central", "Global",
        "Atlántico", "Cóndor", "Amazonas", "Titicaca", "Horizonte", "Minera", "Agrícola", "Textil", "Pesquera",
        "Logística", "Constructora", "Farmacéutica", "Financiera", "Energía", "Transportes", "Alimentos", "Seguros",
        "Digital", "Servicios", "Comercial", "Industrial", "Inmobiliaria", "Northwind", "Contoso", "Fabrikam", "Tailspin",
        "Litware", "Acme", "Globex", "Initech", "Umbrella", "Stark" };
    static final String[] COMPANY_FORMS = { "S.A.", "S.A.C.", "S.R.L.", "E.I.R.L.", "S.L.", "Ltd.", "Inc.", "Group" };
    static final String[] CITIES = { "Lima", "Arequipa", "Cusco", "Trujillo", "Piura", "Chiclayo", "Madrid", "Barcelona",
        "Bogotá", "Ciudad de México", "Santiago", "Quito", "Buenos Aires", "London", "New York" };
    static final String[] COUNTRIES = { "Perú", "Perú", "Perú", "Perú", "Perú", "Perú", "España", "España", "Colombia",
        "México", "Chile", "Ecuador", "Argentina", "United Kingdom", "United States" };
    static final String[] STREETS = { "Av. Javier Prado", "Av. Arequipa", "Calle Las Begonias", "Av. La Marina",
        "Jr. de la Unión", "Av. Larco", "Calle Mayor", "Gran Vía", "Carrera 7", "Paseo de la Reforma", "Main Street" };

    /** Replaces the slots of {@code template}; {@code name} fills {name}. */
    static void fill(StringBuilder out, String template, SplittableRandom random, boolean english, String name) {
        int i = 0;
        int length = template.length();
        while (i < length) {
            char c = template.charAt(i);
            int close;
            if (c == '{' && (close = template.indexOf('}', i)) > 0) {
                slot(out, template.substring(i + 1, close), random, english, name);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static void slot(StringBuilder out, String slot, SplittableRandom random, boolean english, String name) {
        switch (slot) {
            case "host" -> host(out, random);
            case "code" -> out.append("0x8007").append(hex(random.nextInt(0x10000), 4));
            case "asset" -> out.append("PC-").append(10000 + random.nextInt(90000));
            case "serial" -> serial(out, random);
            case "floor" -> out.append(1 + random.nextInt(14));
            case "n" -> out.append(2 + random.nextInt(40));
            case "app" -> out.append((english ? APPS_EN : APPS)[random.nextInt(APPS.length)]);
            case "site" -> out.append(SITES[random.nextInt(SITES.length)].toUpperCase(java.util.Locale.ROOT));
            case "ip" -> out.append("10.").append(random.nextInt(64)).append('.').append(random.nextInt(256)).append(".0/24");
            case "printer" -> out.append(PRINTER_MODELS[random.nextInt(PRINTER_MODELS.length)]).append('-')
                    .append(100 + random.nextInt(900));
            case "name" -> out.append(name);
            default -> out.append('{').append(slot).append('}');
        }
    }

    /** A host name such as srv-lim-db07: about 10,000 of them, each in tens of tickets of a million. */
    static void host(StringBuilder out, SplittableRandom random) {
        out.append("srv-").append(SITES[random.nextInt(SITES.length)]).append('-').append(ROLES[random.nextInt(ROLES.length)]);
        int n = 1 + random.nextInt(99);
        if (n < 10) {
            out.append('0');
        }
        out.append(n);
    }

    /** A serial number such as SN7QK2M4XD: practically unique, so in one ticket. */
    static void serial(StringBuilder out, SplittableRandom random) {
        out.append("SN");
        for (int i = 0; i < 8; i++) {
            int d = random.nextInt(36);
            out.append((char) (d < 10 ? '0' + d : 'A' + d - 10));
        }
    }

    private static String hex(int value, int digits) {
        String s = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
