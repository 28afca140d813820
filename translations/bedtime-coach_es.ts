<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Alerts</name>
    <message>
        <source>Time for your evening stretches</source>
        <translation>Es hora de tus estiramientos de la noche</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Skip tonight</source>
        <translation>Saltar esta noche</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Ya está hecha</translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation>Abrir el diario</translation>
    </message>
    <message>
        <source>Open Bedtime Coach</source>
        <translation>Abrir Bedtime Coach</translation>
    </message>
    <message>
        <source>Start them from the tray&apos;s menu or the window.</source>
        <translation>Empiézalos desde el menú de la bandeja o desde la ventana.</translation>
    </message>
    <message>
        <source>Time for a glass of water</source>
        <translation>Es hora de un vaso de agua</translation>
    </message>
    <message>
        <source>{count} of {goal} glasses so far today.</source>
        <translation>{count} de {goal} vasos hoy, por ahora.</translation>
    </message>
    <message>
        <source>Open water</source>
        <translation>Abrir el agua</translation>
    </message>
    <message>
        <source>I drank a glass</source>
        <translation>Me he bebido un vaso</translation>
    </message>
    <message>
        <source>Your calf stretches before bed, when you are ready.</source>
        <translation>Tus estiramientos de gemelos antes de dormir, cuando estés listo.</translation>
    </message>
    <message>
        <source>How was last night?</source>
        <translation>¿Qué tal anoche?</translation>
    </message>
    <message>
        <source>Any cramps in the night of {night}?</source>
        <translation>¿Algún calambre en la noche del {night}?</translation>
    </message>
    <message>
        <source>Log cramps</source>
        <translation>Anotar calambres</translation>
    </message>
    <message>
        <source>No cramps</source>
        <translation>Sin calambres</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bedtime Coach cannot start: {error}.</source>
        <translation>Bedtime Coach no puede arrancar: {error}.</translation>
    </message>
    <message>
        <source>Bedtime Coach cannot open its history, so it cannot start: {error}.</source>
        <translation>Bedtime Coach no puede abrir su historial, así que no puede arrancar: {error}.</translation>
    </message>
    <message>
        <source>Bedtime Coach</source>
        <translation>Bedtime Coach</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Algo salió mal: {error}.</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>Los detalles están en {log}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>No sound player was found, so the cues are shown as a flash of the ring instead. On Linux, installing gst-play-1.0 (package gstreamer1.0-plugins-base-apps) brings the sounds.</source>
        <translation>No se encontró ningún reproductor de sonido, así que los avisos se muestran con un destello del anillo. En Linux, instalar gst-play-1.0 (paquete gstreamer1.0-plugins-base-apps) trae los sonidos.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>it fails its integrity check</source>
        <translation>no pasa su comprobación de integridad</translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation>es una base de datos de otro programa</translation>
    </message>
    <message>
        <source>{name} is damaged itself.</source>
        <translation>{name} también está dañada.</translation>
    </message>
    <message>
        <source>A write-ahead log of another database lay beside your history; it was kept as {kept}, and your history is as it was.</source>
        <translation>Junto a tu historial había un registro de escritura anticipada de otra base de datos; se guardó como {kept} y tu historial queda como estaba.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>Your history could not be used ({why}), so it was kept as {kept} and the backup of {taken} was put back: what you entered after that is in the kept file only.</source>
        <translation>Tu historial no se pudo usar ({why}), así que se guardó como {kept} y se repuso la copia de seguridad de {taken}: lo que anotaste después solo está en el archivo guardado.</translation>
    </message>
    <message>
        <source>Your history could not be used ({why}) and there is no backup of it, so it was kept as {kept} and Bedtime Coach starts a new one.</source>
        <translation>Tu historial no se pudo usar ({why}) y no hay copia de seguridad, así que se guardó como {kept} y Bedtime Coach empieza uno nuevo.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Bedtime Coach needs a desktop session to show its window and found none (neither DISPLAY nor WAYLAND_DISPLAY is set); to try it without one, run it under xvfb-run, for example: xvfb-run bedtime-coach</source>
        <translation>Bedtime Coach necesita una sesión de escritorio para mostrar su ventana y no encontró ninguna (no están definidas ni DISPLAY ni WAYLAND_DISPLAY); para probarlo sin ella, ejecútalo con xvfb-run, por ejemplo: xvfb-run bedtime-coach</translation>
    </message>
    <message>
        <source>--data-dir needs the name of a folder.</source>
        <translation>--data-dir necesita el nombre de una carpeta.</translation>
    </message>
    <message>
        <source>A bedtime stretching coach for people with night-time leg cramps.</source>
        <translation>Un entrenador de estiramientos antes de dormir para personas con calambres nocturnos en las piernas.</translation>
    </message>
    <message>
        <source>keep settings, history and cache in DIR instead of the usual folders</source>
        <translation>guardar la configuración, el historial y la caché en CARPETA en lugar de las carpetas habituales</translation>
    </message>
    <message>
        <source>start in the tray</source>
        <translation>arrancar en la bandeja del sistema</translation>
    </message>
    <message>
        <source>start a routine (the usual one)</source>
        <translation>empezar una rutina (la habitual)</translation>
    </message>
    <message>
        <source>start the cramp relief routine</source>
        <translation>empezar la rutina de alivio del calambre</translation>
    </message>
    <message>
        <source>open the night screen to log a cramp now</source>
        <translation>abrir la pantalla de noche para anotar un calambre ahora</translation>
    </message>
    <message>
        <source>open the morning check-in (last night by default)</source>
        <translation>abrir la anotación de la mañana (anoche, si no se dice otra)</translation>
    </message>
    <message>
        <source>glasses of water today</source>
        <translation>vasos de agua de hoy</translation>
    </message>
    <message>
        <source>add glasses (one by default)</source>
        <translation>añadir vasos (uno si no se indica)</translation>
    </message>
    <message>
        <source>take back the last glass of today</source>
        <translation>quitar el último vaso de hoy</translation>
    </message>
    <message>
        <source>water today, next reminder, last routine</source>
        <translation>agua de hoy, próximo recordatorio, última rutina</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>en JSON</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>leer o cambiar un ajuste</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>cambiar un ajuste</translation>
    </message>
    <message>
        <source>the cramp diary</source>
        <translation>el diario de calambres</translation>
    </message>
    <message>
        <source>log a cramp (now, unless --at says when)</source>
        <translation>anotar un calambre (ahora, salvo que --at diga cuándo)</translation>
    </message>
    <message>
        <source>how long it lasted</source>
        <translation>cuánto duró</translation>
    </message>
    <message>
        <source>how bad, the worst, 1-10 (not said unless given)</source>
        <translation>intensidad, la peor, 1-10 (sin indicar si no se da)</translation>
    </message>
    <message>
        <source>print a setting, or every setting with its value</source>
        <translation>muestra un ajuste, o todos con su valor</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>&apos;{text}&apos; no es un número entero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; no es un número.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>RUTINA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>LEG</source>
        <translation>PIERNA</translation>
    </message>
    <message>
        <source>left, right or both (by default the leg of the cramp logged last, as the diary&apos;s dialog does; both for the first)</source>
        <translation>left (izquierda), right (derecha) o both (ambas); por defecto, la pierna del último calambre anotado, como hace el diálogo del diario; both para el primero</translation>
    </message>
    <message>
        <source>how bad, 1-10 (not said unless given)</source>
        <translation>intensidad, de 1 a 10 (sin decir si no se da)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>a few words of your own, such as what you did that day</source>
        <translation>unas palabras tuyas, como lo que hiciste ese día</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>when, such as 2026-11-26T03:10 (local time, unless an offset follows)</source>
        <translation>cuándo, por ejemplo 2026-11-26T03:10 (hora local, salvo que siga un desfase)</translation>
    </message>
    <message>
        <source>write the history as CSV files to DIR</source>
        <translation>escribir el historial como archivos CSV en CARPETA</translation>
    </message>
    <message>
        <source>read CSV files written by export</source>
        <translation>leer archivos CSV escritos por export</translation>
    </message>
    <message>
        <source>the morning check-in: how last night was (--date: another of the last 7)</source>
        <translation>la anotación de la mañana: cómo fue anoche (--date: otra de las últimas 7)</translation>
    </message>
    <message>
        <source>the night&apos;s evening date</source>
        <translation>la fecha de la tarde de esa noche</translation>
    </message>
    <message>
        <source>how many cramps</source>
        <translation>cuántos calambres</translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation>sin calambres</translation>
    </message>
    <message>
        <source>don&apos;t know, or slept elsewhere: the night is left out</source>
        <translation>no lo sé, o dormí en otro sitio: la noche queda fuera</translation>
    </message>
    <message>
        <source>how long, the longest</source>
        <translation>cuánto duró, el más largo</translation>
    </message>
    <message>
        <source>how well you slept, 0-10</source>
        <translation>qué tal dormiste, 0-10</translation>
    </message>
    <message>
        <source>find out for yourself: a personal trial of the routine</source>
        <translation>compruébalo tú mismo: una prueba personal de la rutina</translation>
    </message>
    <message>
        <source>the diary&apos;s numbers over the last 30 or 90 nights</source>
        <translation>las cifras del diario de las últimas 30 o 90 noches</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>save the report for your doctor as a PDF (needs no display)</source>
        <translation>guarda el informe para tu médico como PDF (no necesita pantalla)</translation>
    </message>
    <message>
        <source>no reminder tonight (--undo: the reminder again)</source>
        <translation>sin recordatorio esta noche (--undo: el recordatorio otra vez)</translation>
    </message>
    <message>
        <source>take the skip back</source>
        <translation>deshacer el salto</translation>
    </message>
    <message>
        <source>back up the history now, or list the backups</source>
        <translation>hacer ahora una copia de seguridad del historial, o listar las copias</translation>
    </message>
    <message>
        <source>put a backup back (the newest, or NAME); the current one is kept</source>
        <translation>reponer una copia de seguridad (la más reciente, o NOMBRE); la actual se conserva</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>draw the main screens to PNG files in DIR (needs no display)</source>
        <translation>dibujar las pantallas principales en archivos PNG en CARPETA (no necesita pantalla)</translation>
    </message>
    <message>
        <source>add Bedtime Coach to the desktop&apos;s menu of applications</source>
        <translation>añadir Bedtime Coach al menú de aplicaciones del escritorio</translation>
    </message>
    <message>
        <source>remove it again</source>
        <translation>quitarlo de nuevo</translation>
    </message>
    <message>
        <source>Bedtime Coach could not do that: {error}.</source>
        <translation>Bedtime Coach no pudo hacerlo: {error}.</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>Bedtime Coach could not print its answer, but it did it.</source>
        <translation>Bedtime Coach no pudo escribir su respuesta, pero lo hizo.</translation>
    </message>
    <message>
        <source>Bedtime Coach cannot reach the display ({display}), so it cannot start.</source>
        <translation>Bedtime Coach no puede llegar a la pantalla ({display}), así que no puede arrancar.</translation>
    </message>
    <message>
        <source>Saved the report for your doctor to {path}.</source>
        <translation>Informe para tu médico guardado en {path}.</translation>
    </message>
    <message>
        <source>Bedtime Coach cannot open its history: {error}.</source>
        <translation>Bedtime Coach no puede abrir su historial: {error}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>{count} bars, from {first} to {last}; total {total}</source>
        <translation>{count} barras, del {first} al {last}; total {total}</translation>
    </message>
    <message>
        <source>{count} not recorded</source>
        <translation>{count} sin anotar</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún sin responder.</translation>
    </message>
    <message>
        <source>Your answer: no cramps.</source>
        <translation>Tu respuesta: sin calambres.</translation>
    </message>
    <message>
        <source>Your answer: don&apos;t know / slept elsewhere (left out).</source>
        <translation>Tu respuesta: no lo sé / dormí en otro sitio (fuera de la cuenta).</translation>
    </message>
    <message>
        <source>cramps: {count}</source>
        <translation>calambres: {count}</translation>
    </message>
    <message>
        <source>{severity} of 10</source>
        <translation>{severity} de 10</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Your answer: {details}.</source>
        <translation>Tu respuesta: {details}.</translation>
    </message>
    <message>
        <source>How was the night?</source>
        <translation>¿Qué tal la noche?</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Any of the last seven nights can be answered</source>
        <translation>Puedes responder por cualquiera de las últimas siete noches</translation>
    </message>
    <message>
        <source>Last night ({night})</source>
        <translation>Anoche ({night})</translation>
    </message>
    <message>
        <source>The night of {night}</source>
        <translation>La noche del {night}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <source>How well you slept, 0 to 10</source>
        <translation>Cómo dormiste, de 0 a 10</translation>
    </message>
    <message>
        <source>Optional: 0 is very badly, 10 very well</source>
        <translation>Opcional: 0 es muy mal, 10 muy bien</translation>
    </message>
    <message>
        <source>No cramps</source>
        <translation>Sin calambres</translation>
    </message>
    <message>
        <source>Records the night as one with no cramps</source>
        <translation>Anota la noche como una noche sin calambres</translation>
    </message>
    <message>
        <source>Cramps in the night</source>
        <translation>Calambres por la noche</translation>
    </message>
    <message>
        <source>How many cramps</source>
        <translation>Cuántos calambres</translation>
    </message>
    <message>
        <source>How bad, the worst, 0 to 10</source>
        <translation>Cuánto dolió el peor, de 0 a 10</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>How long, the longest, in minutes</source>
        <translation>Cuánto duró el más largo, en minutos</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Qué pierna</translation>
    </message>
    <message>
        <source>Save the cramps</source>
        <translation>Guardar los calambres</translation>
    </message>
    <message>
        <source>Records the night with these cramps; only how many is needed</source>
        <translation>Anota la noche con estos calambres; solo hace falta cuántos</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>How bad (the worst)</source>
        <translation>Cuánto dolió (el peor)</translation>
    </message>
    <message>
        <source>How long (the longest)</source>
        <translation>Cuánto duró (el más largo)</translation>
    </message>
    <message>
        <source>Don&apos;t know / slept elsewhere</source>
        <translation>No lo sé / dormí en otro sitio</translation>
    </message>
    <message>
        <source>Leaves the night out: it is not counted either way</source>
        <translation>Deja fuera la noche: no cuenta ni a favor ni en contra</translation>
    </message>
    <message>
        <source>How well you slept (optional)</source>
        <translation>Cómo dormiste (opcional)</translation>
    </message>
    <message>
        <source>There is no night to answer yet: last night can be answered once the day has started.</source>
        <translation>Aún no hay ninguna noche que responder: la de anoche se puede responder cuando empiece el día.</translation>
    </message>
    <message>
        <source>Routine that evening: not recorded.</source>
        <translation>Rutina esa tarde: sin anotar.</translation>
    </message>
    <message>
        <source>Routine that evening: done.</source>
        <translation>Rutina esa tarde: hecha.</translation>
    </message>
    <message>
        <source>Routine that evening: stretches skipped.</source>
        <translation>Rutina esa tarde: estiramientos saltados.</translation>
    </message>
    <message>
        <source>Routine that evening: not done.</source>
        <translation>Rutina esa tarde: no hecha.</translation>
    </message>
    <message>
        <source>Water that day: not recorded.</source>
        <translation>Agua ese día: sin anotar.</translation>
    </message>
    <message>
        <source>Water that day: {glasses} of {goal} glasses.</source>
        <translation>Agua ese día: {glasses} de {goal} vasos.</translation>
    </message>
    <message>
        <source>You logged a cramp during this night; how was the rest of it?</source>
        <translation>Anotaste un calambre durante esta noche; ¿qué tal el resto?</translation>
    </message>
    <message>
        <source>You logged {count} cramps during this night; how was the rest of it?</source>
        <translation>Anotaste {count} calambres durante esta noche; ¿qué tal el resto?</translation>
    </message>
    <message>
        <source>How bad was not said when it was logged; you can say it below.</source>
        <translation>Al anotarlo no se dijo cuánto dolió; puedes decirlo abajo.</translation>
    </message>
    <message>
        <source>Change to no cramps…</source>
        <translation>Cambiar a sin calambres…</translation>
    </message>
    <message>
        <source>Just the cramp I logged</source>
        <translation>Solo el calambre que anoté</translation>
    </message>
    <message>
        <source>Just the {count} cramps I logged</source>
        <translation>Solo los {count} calambres que anoté</translation>
    </message>
    <message>
        <source>This night is already answered. {answer} Change it to no cramps?</source>
        <translation>Esta noche ya tiene respuesta. {answer} ¿Cambiarla a sin calambres?</translation>
    </message>
    <message>
        <source>Change the answer?</source>
        <translation>¿Cambiar la respuesta?</translation>
    </message>
    <message>
        <source>The night is recorded.</source>
        <translation>La noche está anotada.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The number of glasses must be a whole number from 1 to {most}.</source>
        <translation>El número de vasos debe ser un número entero de 1 a {most}.</translation>
    </message>
    <message>
        <source>A report covers 1 to {most} days.</source>
        <translation>Un informe abarca de 1 a {most} días.</translation>
    </message>
    <message>
        <source>There is no glass to take back today.</source>
        <translation>Hoy no hay ningún vaso que quitar.</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>No se importó nada. {error}</translation>
    </message>
    <message>
        <source>{key} is now {value}.</source>
        <translation>{key} es ahora {value}.</translation>
    </message>
    <message>
        <source>Wrote {count} files to {folder}.</source>
        <translation>Se escribieron {count} archivos en {folder}.</translation>
    </message>
    <message>
        <source>Imported {added} entries; {skipped} were here already.</source>
        <translation>Se importaron {added} entradas; {skipped} ya estaban aquí.</translation>
    </message>
    <message>
        <source>The night of {night} is recorded: 1 cramp.</source>
        <translation>La noche del {night} está anotada: 1 calambre.</translation>
    </message>
    <message>
        <source>The night of {night} is recorded: {cramps} cramps.</source>
        <translation>La noche del {night} está anotada: {cramps} calambres.</translation>
    </message>
    <message>
        <source>The cramp you logged that night is kept in the diary, but the night is left out of the numbers.</source>
        <translation>El calambre que anotaste esa noche queda en el diario, pero la noche queda fuera de las cifras.</translation>
    </message>
    <message>
        <source>The {logged} cramps you logged that night are kept in the diary, but the night is left out of the numbers.</source>
        <translation>Los {logged} calambres que anotaste esa noche quedan en el diario, pero la noche queda fuera de las cifras.</translation>
    </message>
    <message>
        <source>You logged a cramp that night, so it counts 1 cramp.</source>
        <translation>Anotaste un calambre esa noche, así que cuenta 1 calambre.</translation>
    </message>
    <message>
        <source>You logged {logged} cramps that night, so it counts {logged} cramps.</source>
        <translation>Anotaste {logged} calambres esa noche, así que cuenta {logged} calambres.</translation>
    </message>
    <message>
        <source>How bad: {severity} of 10, the worst of the cramps you logged that night (you said {said}).</source>
        <translation>Intensidad: {severity} de 10, la peor de los calambres que anotaste esa noche (dijiste {said}).</translation>
    </message>
    <message>
        <source>How long: {minutes} minutes, the longest of the cramps you logged that night (you said {said}).</source>
        <translation>Duración: {minutes} minutos, la más larga de los calambres que anotaste esa noche (dijiste {said}).</translation>
    </message>
    <message>
        <source>Routine and water that evening: not recorded (before you used Bedtime Coach).</source>
        <translation>Rutina y agua esa tarde: sin anotar (antes de que usaras Bedtime Coach).</translation>
    </message>
    <message>
        <source>Put back {name}; the history as it was is kept as {kept}.</source>
        <translation>Se repuso {name}; el historial tal como estaba se guarda como {kept}.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;.</source>
        <translation>Orden desconocida: &apos;{command}&apos;.</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>ambas piernas</translation>
    </message>
    <message>
        <source>Logged a cramp: {leg}, {severity} of 10, at {time}.</source>
        <translation>Calambre anotado: {leg}, {severity} de 10, a las {time}.</translation>
    </message>
    <message>
        <source>{today} of {goal} glasses today.</source>
        <translation>{today} de {goal} vasos hoy.</translation>
    </message>
    <message>
        <source>Took back a glass.</source>
        <translation>Se quitó un vaso.</translation>
    </message>
    <message>
        <source>The time must be a date and time such as 2026-11-26T03:10 (your local time), or with its offset, such as 2026-11-26T03:10+01:00.</source>
        <translation>La hora debe ser una fecha y hora como 2026-11-26T03:10 (tu hora local), o con su desfase, como 2026-11-26T03:10+01:00.</translation>
    </message>
    <message>
        <source>Logged a cramp: {leg}, at {time}. How bad it was can be said in the morning&apos;s check-in.</source>
        <translation>Calambre anotado: {leg}, a las {time}. Cuánto dolió puedes decirlo en la anotación de la mañana.</translation>
    </message>
    <message>
        <source>It came in the day, so it is kept in the diary but not counted as a night cramp. Cramps in the day are worth mentioning to your doctor.</source>
        <translation>Fue de día, así que queda en el diario pero no cuenta como calambre nocturno. Conviene que le cuentes a tu médico los calambres de día.</translation>
    </message>
    <message>
        <source>They replaced the files of the same name there: {names}.</source>
        <translation>Sustituyeron a los archivos del mismo nombre que había allí: {names}.</translation>
    </message>
    <message>
        <source>Imported 1 entry; 1 was here already.</source>
        <translation>Se importó 1 entrada; 1 ya estaba aquí.</translation>
    </message>
    <message>
        <source>Imported 1 entry; {skipped} were here already.</source>
        <translation>Se importó 1 entrada; {skipped} ya estaban aquí.</translation>
    </message>
    <message>
        <source>Imported {added} entries; 1 was here already.</source>
        <translation>Se importaron {added} entradas; 1 ya estaba aquí.</translation>
    </message>
    <message>
        <source>To undo it: bedtime-coach restore {name}</source>
        <translation>Para deshacerlo: bedtime-coach restore {name}</translation>
    </message>
    <message>
        <source>{count} glasses were left out: at most {most} a day.</source>
        <translation>Se dejaron fuera {count} vasos: como mucho {most} al día.</translation>
    </message>
    <message>
        <source>Tonight&apos;s reminder ({night}) is back.</source>
        <translation>El recordatorio de esta noche ({night}) vuelve.</translation>
    </message>
    <message>
        <source>Tonight&apos;s reminder ({night}) is skipped.</source>
        <translation>El recordatorio de esta noche ({night}) se salta.</translation>
    </message>
    <message>
        <source>The night must be a date such as 2026-11-25, not {text}.</source>
        <translation>La noche debe ser una fecha como 2026-11-25, no {text}.</translation>
    </message>
    <message>
        <source>The answer must be one of {answers}; &apos;{answer}&apos; is not.</source>
        <translation>La respuesta debe ser una de {answers}; «{answer}» no lo es.</translation>
    </message>
    <message>
        <source>The night of {night} is left out (don&apos;t know, or slept elsewhere).</source>
        <translation>La noche del {night} queda fuera (no lo sabes, o dormiste en otro sitio).</translation>
    </message>
    <message>
        <source>The night of {night} is recorded: no cramps.</source>
        <translation>La noche del {night} está anotada: sin calambres.</translation>
    </message>
    <message>
        <source>It replaces the earlier answer for that night.</source>
        <translation>Sustituye a la respuesta anterior de esa noche.</translation>
    </message>
    <message>
        <source>It is in the diary, but that night is before you started recording nights, so it is not counted in the numbers.</source>
        <translation>Está en el diario, pero esa noche es anterior a cuando empezaste a registrar noches, así que no cuenta en los números.</translation>
    </message>
    <message>
        <source>Routine that evening: done.</source>
        <translation>Rutina esa tarde: hecha.</translation>
    </message>
    <message>
        <source>Routine that evening: not done.</source>
        <translation>Rutina esa tarde: no hecha.</translation>
    </message>
    <message>
        <source>Water that day: {glasses} of {goal} glasses.</source>
        <translation>Agua ese día: {glasses} de {goal} vasos.</translation>
    </message>
    <message>
        <source>Your personal trial starts on the night of {start} and ends on the night of {end}: two weeks of recording as usual, then three pairs of weeks, one with the routine every night and one with no stretching, in a random order. Record every night; &apos;bedtime-coach trial status&apos; says what tonight is.</source>
        <translation>Tu prueba personal empieza la noche del {start} y termina la noche del {end}: dos semanas anotando como siempre y luego tres parejas de semanas, una con la rutina todas las noches y otra sin estiramientos, en un orden al azar. Anota todas las noches; «bedtime-coach trial status» te dice qué toca esta noche.</translation>
    </message>
    <message>
        <source>The trial is stopped from the night of {night}; its result covers the nights before.</source>
        <translation>La prueba queda detenida desde la noche del {night}; su resultado abarca las noches anteriores.</translation>
    </message>
    <message>
        <source>No personal trial yet; &apos;bedtime-coach trial start&apos; starts one.</source>
        <translation>Aún no hay ninguna prueba personal; «bedtime-coach trial start» empieza una.</translation>
    </message>
    <message>
        <source>Backed up the history to {path}.</source>
        <translation>Copia de seguridad del historial en {path}.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de importar</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurada</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>pedida</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>el {date} a las {time}</translation>
    </message>
    <message>
        <source>Water: {today} of {goal} glasses today.</source>
        <translation>Agua: {today} de {goal} vasos hoy.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Next reminder: {when}.</source>
        <translation>Próximo recordatorio: {when}.</translation>
    </message>
    <message>
        <source>Last routine: none yet.</source>
        <translation>Última rutina: ninguna todavía.</translation>
    </message>
    <message>
        <source>Last routine: {routine}, {started_at}, ended with stretches skipped, so it does not count ({done} of {total} steps).</source>
        <translation>Última rutina: {routine}, {started_at}, terminada saltando estiramientos, así que no cuenta ({done} de {total} pasos).</translation>
    </message>
    <message>
        <source>Last routine: {routine}, {started_at}, completed ({done} of {total} steps).</source>
        <translation>Última rutina: {routine}, {started_at}, completada ({done} de {total} pasos).</translation>
    </message>
    <message>
        <source>Last routine: {routine}, {started_at}, stopped ({done} of {total} steps).</source>
        <translation>Última rutina: {routine}, {started_at}, detenida ({done} de {total} pasos).</translation>
    </message>
    <message>
        <source>Last night ({night}): not recorded yet (&apos;bedtime-coach night --none&apos;, or --cramps N).</source>
        <translation>Anoche ({night}): aún sin anotar («bedtime-coach night --none», o --cramps N).</translation>
    </message>
    <message>
        <source>Last night ({night}): left out.</source>
        <translation>Anoche ({night}): queda fuera.</translation>
    </message>
    <message>
        <source>Last night ({night}): recorded, cramps: {cramps}.</source>
        <translation>Anoche ({night}): anotada, calambres: {cramps}.</translation>
    </message>
    <message>
        <source>From {first} to {last}: recorded nights: {recorded}; left out: {excluded}; not recorded: {not_recorded}; cramps on the recorded nights: {cramps}.</source>
        <translation>Del {first} al {last}: noches anotadas: {recorded}; fuera: {excluded}; sin anotar: {not_recorded}; calambres en las noches anotadas: {cramps}.</translation>
    </message>
    <message>
        <source>Cramps in the day, not counted as night cramps: {count} (worth mentioning to your doctor).</source>
        <translation>Calambres de día, que no cuentan como nocturnos: {count} (conviene comentarlo con tu médico).</translation>
    </message>
    <message>
        <source>Monthly questions on {day}: skipped.</source>
        <translation>Preguntas del mes, {day}: omitidas.</translation>
    </message>
    <message>
        <source>Monthly questions on {day}: no warning signs answered.</source>
        <translation>Preguntas del mes, {day}: ninguna señal de alarma.</translation>
    </message>
    <message>
        <source>Monthly questions on {day}: yes to: {answers}</source>
        <translation>Preguntas del mes, {day}: sí a: {answers}</translation>
    </message>
    <message>
        <source>Medicine: {medicine}.</source>
        <translation>Medicamento: {medicine}.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>On nights after the routine you had {with_rate} cramps a night, on other nights {other_rate}; that is {change} ({interval}). This does not prove the routine caused it: see &apos;Find out for yourself&apos;.</source>
        <translation>Las noches después de la rutina tuviste {with_rate} calambres por noche; las demás noches, {other_rate}; es decir, {change} ({interval}). Esto no demuestra que la rutina sea la causa: mira «Compruébalo tú mismo».</translation>
    </message>
    <message>
        <source>On nights after a day at your water goal you had {with_rate} cramps a night, after other days {other_rate}; that is {change} ({interval}). This does not prove the water made the difference; reviews find no link between drinking water and night cramps.</source>
        <translation>Las noches después de un día en tu objetivo de agua tuviste {with_rate} calambres por noche; después de los demás días, {other_rate}; es decir, {change} ({interval}). Esto no demuestra que el agua marcara la diferencia; las revisiones no encuentran relación entre beber agua y los calambres nocturnos.</translation>
    </message>
    <message>
        <source>Not enough recorded nights yet to compare (at least {least} of each): {with_nights} after the routine and {other_nights} on other nights.</source>
        <translation>Aún no hay suficientes noches anotadas para comparar (al menos {least} de cada tipo): {with_nights} después de la rutina y {other_nights} las demás noches.</translation>
    </message>
    <message>
        <source>Still needed: {more_with} after the routine and {more_other} on other nights.</source>
        <translation>Faltan: {more_with} después de la rutina y {more_other} de las demás noches.</translation>
    </message>
    <message>
        <source>Still needed: {more_with} after the routine.</source>
        <translation>Faltan: {more_with} después de la rutina.</translation>
    </message>
    <message>
        <source>Still needed: {more_other} on other nights.</source>
        <translation>Faltan: {more_other} de las demás noches.</translation>
    </message>
    <message>
        <source>Not enough recorded nights yet to compare (at least {least} of each): {with_nights} after a day at your water goal and {other_nights} after other days.</source>
        <translation>Aún no hay suficientes noches anotadas para comparar (al menos {least} de cada tipo): {with_nights} después de un día en tu objetivo de agua y {other_nights} después de los demás días.</translation>
    </message>
    <message>
        <source>Still needed: {more_with} after a day at your water goal and {more_other} after other days.</source>
        <translation>Faltan: {more_with} después de un día en tu objetivo de agua y {more_other} después de los demás días.</translation>
    </message>
    <message>
        <source>Still needed: {more_with} after a day at your water goal.</source>
        <translation>Faltan: {more_with} después de un día en tu objetivo de agua.</translation>
    </message>
    <message>
        <source>Still needed: {more_other} after other days.</source>
        <translation>Faltan: {more_other} después de los demás días.</translation>
    </message>
    <message>
        <source>No cramps on any of the {with_nights} recorded nights after the routine, nor on the {other_nights} other recorded nights: nothing to compare.</source>
        <translation>Ningún calambre en las {with_nights} noches anotadas después de la rutina, ni en las otras {other_nights} noches anotadas: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>No cramps on any of the {with_nights} recorded nights after a day at your water goal, nor on the {other_nights} after other days: nothing to compare.</source>
        <translation>Ningún calambre en las {with_nights} noches anotadas después de un día en tu objetivo de agua, ni en las {other_nights} después de los demás días: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>more, where the other nights had none</source>
        <translation>más, cuando las demás noches no hubo ninguno</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos lo mismo</translation>
    </message>
    <message>
        <source>{percent}% fewer</source>
        <translation>un {percent}% menos</translation>
    </message>
    <message>
        <source>{percent}% more</source>
        <translation>un {percent}% más</translation>
    </message>
    <message>
        <source>at least {more}% more</source>
        <translation>al menos un {more}% más</translation>
    </message>
    <message>
        <source>anything from {fewer}% fewer to many times more</source>
        <translation>cualquier cosa entre un {fewer}% menos y muchas veces más</translation>
    </message>
    <message>
        <source>somewhere between {small}% and {large}% fewer</source>
        <translation>entre un {small}% y un {large}% menos</translation>
    </message>
    <message>
        <source>somewhere between {small}% and {large}% more</source>
        <translation>entre un {small}% y un {large}% más</translation>
    </message>
    <message>
        <source>somewhere between {fewer}% fewer and {more}% more</source>
        <translation>entre un {fewer}% menos y un {more}% más</translation>
    </message>
</context>
<context>
    <name>CrampNow</name>
    <message>
        <source>A cramp now</source>
        <translation>Un calambre ahora</translation>
    </message>
    <message>
        <source>Log a cramp now: {leg}</source>
        <translation>Anotar un calambre ahora: {leg}</translation>
    </message>
    <message>
        <source>Cramp relief routine</source>
        <translation>Rutina de alivio del calambre</translation>
    </message>
    <message>
        <source>The towel stretch, step by step</source>
        <translation>El estiramiento con toalla, paso a paso</translation>
    </message>
    <message>
        <source>Back to sleep</source>
        <translation>A dormir</translation>
    </message>
    <message>
        <source>A cramp now? Tap the leg.</source>
        <translation>¿Un calambre ahora? Toca la pierna.</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Anotado.</translation>
    </message>
    <message>
        <source>{leg}, at {time}. How bad and how long can wait for the morning&apos;s check-in.</source>
        <translation>{leg}, a las {time}. Cuánto dolió y cuánto duró pueden esperar a la anotación de la mañana.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Bedtime Coach keeps running in the tray so that it can remind you at bedtime. Quit it from the tray menu.</source>
        <translation>Bedtime Coach sigue funcionando en la bandeja del sistema para poder recordártelo a la hora de dormir. Ciérralo desde el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Bedtime Coach keeps running in the background so that it can remind you at bedtime. Open it again from your applications menu or with the bedtime-coach command; quit it with File, Quit.</source>
        <translation>Bedtime Coach sigue funcionando en segundo plano para poder recordártelo a la hora de dormir. Vuelve a abrirlo desde el menú de aplicaciones o con la orden bedtime-coach; ciérralo con Archivo, Salir.</translation>
    </message>
    <message>
        <source>No system tray was found. Bedtime Coach keeps running in the background when you close this window, and its reminders come as notifications. Open it again from your applications menu or with the bedtime-coach command; quit it with File, Quit (Ctrl+Q).</source>
        <translation>No se ha encontrado la bandeja del sistema. Bedtime Coach sigue funcionando en segundo plano cuando cierras esta ventana, y sus recordatorios llegan como notificaciones. Vuelve a abrirlo desde el menú de aplicaciones o con la orden bedtime-coach; ciérralo con Archivo, Salir (Ctrl+Q).</translation>
    </message>
    <message>
        <source>No system tray was found, so Bedtime Coach is a plain window here: reminders only come while this window is open, and closing it quits.</source>
        <translation>No se encontró la bandeja del sistema, así que aquí Bedtime Coach es una ventana normal: los recordatorios solo llegan mientras esta ventana está abierta, y al cerrarla se sale.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Find out for yourself</source>
        <translation>Compruébalo tú mismo</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>About the advice</source>
        <translation>Sobre los consejos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Check in for last night…</source>
        <translation>&amp;Contar cómo fue anoche…</translation>
    </message>
    <message>
        <source>Log a cramp &amp;now</source>
        <translation>Anotar un calambre a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Find out for yourself</source>
        <translation>Compruéba&amp;lo tú mismo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About the advice</source>
        <translation>&amp;Sobre los consejos</translation>
    </message>
    <message>
        <source>About &amp;Bedtime Coach</source>
        <translation>Acerca de &amp;Bedtime Coach</translation>
    </message>
    <message>
        <source>Bedtime Coach {version}

Evening stretches, water and a diary, against night-time leg cramps. Free software under the MIT licence. Everything stays on this computer.</source>
        <translation>Bedtime Coach {version}

Estiramientos de noche, agua y un diario, contra los calambres nocturnos en las piernas. Software libre con licencia MIT. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>About Bedtime Coach</source>
        <translation>Acerca de Bedtime Coach</translation>
    </message>
    <message>
        <source>Export the history to</source>
        <translation>Exportar el historial a</translation>
    </message>
    <message>
        <source>Import the history from</source>
        <translation>Importar el historial desde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>A cramp&apos;s time needs its time zone.</source>
        <translation>La hora de un calambre necesita su zona horaria.</translation>
    </message>
    <message>
        <source>A cramp&apos;s time must be from 1970 to 2100.</source>
        <translation>La hora de un calambre debe estar entre 1970 y 2100.</translation>
    </message>
    <message>
        <source>The leg must be one of {legs}; &apos;{leg}&apos; is not.</source>
        <translation>La pierna debe ser una de {legs}; &apos;{leg}&apos; no lo es.</translation>
    </message>
    <message>
        <source>How bad must be a whole number from 1 to 10; {value} is not.</source>
        <translation>La intensidad debe ser un número entero de 1 a 10; {value} no lo es.</translation>
    </message>
    <message>
        <source>How long must be more than 0 and at most {most} minutes; {value} is not.</source>
        <translation>La duración debe ser mayor que 0 y como mucho {most} minutos; {value} no lo es.</translation>
    </message>
    <message>
        <source>A cramp cannot be logged in the future; it is {now} now.</source>
        <translation>No puedes anotar un calambre en el futuro; ahora son las {now}.</translation>
    </message>
    <message>
        <source>A note can be at most {most} characters long.</source>
        <translation>Una nota puede tener como mucho {most} caracteres.</translation>
    </message>
    <message>
        <source>Not enough nights yet to compare: {after} after the routine and {other} without it; at least {least} of each are needed.</source>
        <translation>Todavía no hay noches suficientes para comparar: {after} después de la rutina y {other} sin ella; hacen falta al menos {least} de cada.</translation>
    </message>
    <message>
        <source>Nights after the routine: {after} cramps a night ({after_nights} nights); other nights: {other} ({other_nights} nights).</source>
        <translation>Noches después de la rutina: {after} calambres por noche ({after_nights} noches); otras noches: {other} ({other_nights} noches).</translation>
    </message>
    <message>
        <source>Get help at once for a cramp that lasts more than 10 minutes and does not ease, or a calf that is painful, swollen, warm and red. See a doctor if cramps keep disturbing your sleep.</source>
        <translation>Busca ayuda enseguida si un calambre dura más de 10 minutos y no cede, o si una pantorrilla está dolorida, hinchada, caliente y roja. Consulta a un médico si los calambres siguen alterando tu sueño.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin decir</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Anotar un calambre</translation>
    </message>
    <message>
        <source>Change this cramp</source>
        <translation>Cambiar este calambre</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <source>How bad, 1 to 10, or not said</source>
        <translation>Cuánto dolió, de 1 a 10, o sin decir</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Qué pierna</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Cramp diary</source>
        <translation>Diario de calambres</translation>
    </message>
    <message>
        <source>Every cramp of the last year, newest first</source>
        <translation>Todos los calambres del último año, los más recientes primero</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Cramps, newest first</source>
        <translation>Calambres, los más recientes primero</translation>
    </message>
    <message>
        <source>Log a cramp…</source>
        <translation>Anotar un calambre…</translation>
    </message>
    <message>
        <source>Adds a cramp to the diary</source>
        <translation>Añade un calambre al diario</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Changes the selected cramp</source>
        <translation>Cambia el calambre seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deletes the selected cramp, after asking</source>
        <translation>Borra el calambre seleccionado, después de preguntar</translation>
    </message>
    <message>
        <source>How was the night?…</source>
        <translation>¿Qué tal la noche?…</translation>
    </message>
    <message>
        <source>The morning check-in, for any of the last seven nights</source>
        <translation>La anotación de la mañana, para cualquiera de las últimas siete noches</translation>
    </message>
    <message>
        <source>The last {count} nights</source>
        <translation>Las últimas {count} noches</translation>
    </message>
    <message>
        <source>For each of the last nights: whether the routine was done, the glasses of water that day and the cramps</source>
        <translation>Para cada una de las últimas noches: si se hizo la rutina, los vasos de agua de ese día y los calambres</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Glasses that day</source>
        <translation>Vasos ese día</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>The last nights: routine, water and cramps</source>
        <translation>Las últimas noches: rutina, agua y calambres</translation>
    </message>
    <message>
        <source>{severity} of 10</source>
        <translation>{severity} de 10</translation>
    </message>
    <message>
        <source>{when} (in the day)</source>
        <translation>{when} (de día)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>excluida</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>no hecha</translation>
    </message>
    <message>
        <source>Delete this cramp?</source>
        <translation>¿Borrar este calambre?</translation>
    </message>
    <message>
        <source>Delete this entry from the diary?</source>
        <translation>¿Borrar esta entrada del diario?</translation>
    </message>
    <message>
        <source>A check-in must say how the night was.</source>
        <translation>Una anotación de la mañana debe decir cómo fue la noche.</translation>
    </message>
    <message>
        <source>How many cramps must be a whole number from 1 to {most}; {value} is not.</source>
        <translation>El número de calambres debe ser un número entero de 1 a {most}; {value} no lo es.</translation>
    </message>
    <message>
        <source>Only a night with cramps can say how many, how bad or how long.</source>
        <translation>Solo una noche con calambres puede decir cuántos, de qué intensidad o cuánto duraron.</translation>
    </message>
    <message>
        <source>How bad must be a whole number from 0 to 10; {value} is not.</source>
        <translation>La intensidad debe ser un número entero de 0 a 10; {value} no lo es.</translation>
    </message>
    <message>
        <source>How well you slept must be a whole number from 0 to 10; {value} is not.</source>
        <translation>Lo bien que dormiste debe ser un número entero de 0 a 10; {value} no lo es.</translation>
    </message>
</context>
<context>
    <name>Followed</name>
    <message>
        <source>Well done. Sleep well.</source>
        <translation>Bien hecho. Que duermas bien.</translation>
    </message>
    <message>
        <source>You skipped the stretches tonight, so this does not count as the routine done.</source>
        <translation>Esta noche te saltaste los estiramientos, así que no cuenta como rutina hecha.</translation>
    </message>
    <message>
        <source>You stopped before the stretches were done, so tonight does not count as the routine done.</source>
        <translation>Paraste antes de terminar los estiramientos, así que esta noche no cuenta como rutina hecha.</translation>
    </message>
    <message>
        <source>You did {played} of the {stretches} steps tonight; the routine counts as done when every step is played through.</source>
        <translation>Esta noche hiciste {played} de los {stretches} pasos; la rutina cuenta como hecha cuando se completan todos los pasos.</translation>
    </message>
    <message>
        <source>You did {played} of the {stretches} stretches tonight; the routine counts as done when every stretch is played through.</source>
        <translation>Esta noche hiciste {played} de los {stretches} estiramientos; la rutina cuenta como hecha cuando se completan todos los estiramientos.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Bedtime Coach gives general information about stretching and sleep habits. It is not medical advice, and it does not diagnose or treat anything. Night cramps are usually harmless, but they can be linked to other conditions or to medicines. Talk to a doctor before taking supplements or starting a new exercise programme, especially with heart, kidney or circulation problems, diabetes, pregnancy or blood thinners. Stop any exercise that hurts sharply. With a warning sign, stop and get medical help.</source>
        <translation>Bedtime Coach ofrece información general sobre estiramientos y hábitos de sueño. No es consejo médico, y no diagnostica ni trata nada. Los calambres nocturnos suelen ser inofensivos, pero pueden estar relacionados con otras enfermedades o con medicamentos. Habla con un médico antes de tomar suplementos o de empezar un nuevo programa de ejercicio, sobre todo si tienes problemas de corazón, de riñón o de circulación, diabetes, un embarazo o tomas anticoagulantes. Deja cualquier ejercicio que produzca un dolor agudo. Ante una señal de alarma, para y busca ayuda médica.</translation>
    </message>
    <message>
        <source>The wall calf stretch</source>
        <translation>El estiramiento de pantorrilla en la pared</translation>
    </message>
    <message>
        <source>Hands on the wall, the back leg straight with its heel on the floor, the front knee bent: hold 10 seconds, rest 5, three times for each leg. The back leg is the one being stretched. You can change the times in the settings; the trial below did one round a night.</source>
        <translation>Las manos en la pared, la pierna de atrás recta con el talón en el suelo y la rodilla de delante doblada: mantén 10 segundos, descansa 5, tres veces con cada pierna. La pierna que se estira es la de atrás. Puedes cambiar los tiempos en la configuración; el ensayo de abajo hacía una ronda por noche.</translation>
    </message>
    <message>
        <source>The trial protocol</source>
        <translation>El protocolo del ensayo</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches for each leg, hold 10 seconds, rest 10, three times, just before sleep: about 3 minutes in all. In a trial of 80 adults over 55, people who did this for six weeks had about one cramp a night fewer than those who did not, and less pain. Stretch to a moderate, not a painful, intensity, and breathe calmly.</source>
        <translation>Estiramientos de gemelo e isquiotibiales para cada pierna, mantén 10 segundos, descansa 10, tres veces, justo antes de dormir: unos 3 minutos en total. En un ensayo con 80 adultos de más de 55 años, quienes lo hicieron durante seis semanas tuvieron aproximadamente un calambre menos por noche que quienes no lo hicieron, y menos dolor. Estira con una intensidad moderada, no dolorosa, y respira con calma.</translation>
    </message>
    <message>
        <source>How sure is this? The evidence is mixed</source>
        <translation>¿Hasta qué punto es seguro? Las pruebas son dispares</translation>
    </message>
    <message>
        <source>Stretching before sleep stays the app&apos;s routine, but be clear about how little is known. A Cochrane review (2021) found only three small trials, 201 people in all: stretching may make cramps less severe, with low certainty; a 2005 trial of calf stretching alone found no effect. Cramps also come and go by themselves: in one trial they fell by about 40% on a dummy pill. So nights after the routine against other nights cannot show that it works for you; the personal trial (&apos;Find out for yourself&apos;) comes closer.</source>
        <translation>Estirar antes de dormir sigue siendo la rutina de la app, pero conviene tener claro lo poco que se sabe. Una revisión Cochrane (2021) encontró solo tres ensayos pequeños, 201 personas en total: estirar puede hacer los calambres menos intensos, con certeza baja; un ensayo de 2005 solo con estiramiento de gemelos no encontró efecto. Además, los calambres van y vienen solos: en un ensayo bajaron un 40% aproximadamente con una pastilla sin principio activo. Por eso, comparar las noches después de la rutina con las demás no puede demostrar que te funcione; la prueba personal («Compruébalo tú mismo») se acerca más.</translation>
    </message>
    <message>
        <source>A short, slow walk</source>
        <translation>Un paseo corto y lento</translation>
    </message>
    <message>
        <source>Two minutes of slow walking to loosen up. There is no trial of it; it is harmless, and often suggested as a warm-up.</source>
        <translation>Dos minutos de caminar despacio para soltarse. No hay ningún ensayo sobre ello; es inofensivo y se suele sugerir como calentamiento.</translation>
    </message>
    <message>
        <source>A calf massage</source>
        <translation>Un masaje de pantorrilla</translation>
    </message>
    <message>
        <source>Knead each calf gently. Massage is widely advised; a warm bath or shower works too. There is no evidence for warming ointments, so they are optional.</source>
        <translation>Amasa con suavidad cada pantorrilla. El masaje se aconseja mucho; un baño o una ducha calientes también sirven. No hay pruebas a favor de las pomadas de calor, así que son opcionales.</translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>En la cama</translation>
    </message>
    <message>
        <source>Avoid lying for long with your toes pointed, and keep the covers loose at the foot of the bed. (Advice not to sleep on your stomach has no good source.)</source>
        <translation>Evita estar mucho rato tumbado con las puntas de los pies estiradas, y deja la ropa de cama suelta a los pies. (El consejo de no dormir boca abajo no tiene una buena fuente.)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>6 to 8 glasses a day is the usual advice for your health in general, unless your doctor has limited your fluids. It is not a way to prevent cramps: reviews find no link between how much you drink and night cramps, and cramps are rarely caused by a lack of salts. The water checklist is there for your health, not for the cramps.</source>
        <translation>De 6 a 8 vasos al día es el consejo habitual para tu salud en general, salvo que tu médico te haya limitado los líquidos. No es una forma de prevenir los calambres: las revisiones no encuentran relación entre lo que bebes y los calambres nocturnos, y los calambres rara vez se deben a una falta de sales. La lista de agua está para tu salud, no para los calambres.</translation>
    </message>
    <message>
        <source>Ask a doctor before any supplement. Adults need about 1,000-1,200 mg of calcium a day in all, and no more than 2,000 mg after 50. Vitamin E has no good evidence for cramps and high doses carry risks. Do not sleep with your feet raised above your head: with poor circulation in the legs it can make night pain worse.</source>
        <translation>Consulta a un médico antes de tomar cualquier suplemento. Los adultos necesitan unos 1.000-1.200 mg de calcio al día en total, y no más de 2.000 mg a partir de los 50. La vitamina E no tiene buenas pruebas para los calambres y las dosis altas tienen riesgos. No duermas con los pies más altos que la cabeza: con mala circulación en las piernas puede empeorar el dolor nocturno.</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesio</translation>
    </message>
    <message>
        <source>Magnesium did no better than a placebo for cramps like these in a Cochrane review of the trials, so the app does not suggest it.</source>
        <translation>En una revisión Cochrane de los ensayos, el magnesio no funcionó mejor que un placebo para calambres como estos, así que la app no lo sugiere.</translation>
    </message>
    <message>
        <source>Quinine</source>
        <translation>Quinina</translation>
    </message>
    <message>
        <source>Quinine helps a little but can cause serious harm (to the blood and the heart rhythm, among others). Regulators warn against it for leg cramps, so quinine is not advised for routine use.</source>
        <translation>La quinina ayuda un poco, pero puede causar daños graves (en la sangre y en el ritmo del corazón, entre otros). Las autoridades sanitarias advierten contra su uso para los calambres de piernas, así que la quinina no se aconseja de forma habitual.</translation>
    </message>
    <message>
        <source>Vitamin K2: one new trial</source>
        <translation>Vitamina K2: un ensayo nuevo</translation>
    </message>
    <message>
        <source>A randomised trial in 2024 of vitamin K2 (180 micrograms nightly) against a placebo in people over 65 reported fewer cramps. It is a single trial, and it left out people on diuretics or on blood thinners such as warfarin. Vitamin K works against some blood thinners. The app reports this trial and recommends no supplement: ask your doctor.</source>
        <translation>Un ensayo aleatorizado de 2024 con vitamina K2 (180 microgramos cada noche) frente a placebo en personas de más de 65 años observó menos calambres. Es un solo ensayo, y dejó fuera a las personas que tomaban diuréticos o anticoagulantes como la warfarina. La vitamina K contrarresta algunos anticoagulantes. La app informa de este ensayo y no recomienda ningún suplemento: pregunta a tu médico.</translation>
    </message>
    <message>
        <source>Medicines that can cause cramps</source>
        <translation>Medicamentos que pueden causar calambres</translation>
    </message>
    <message>
        <source>Some medicines are known to bring on cramps: diuretics, statins, long-acting inhalers for the lungs (beta-agonists), some blood pressure medicines (calcium-channel blockers), raloxifene and others. If your cramps started or got worse with a new medicine, tell your doctor; do not stop a medicine on your own.</source>
        <translation>Se sabe que algunos medicamentos provocan calambres: diuréticos, estatinas, inhaladores de acción prolongada para los pulmones (betaagonistas), algunos medicamentos para la tensión (antagonistas del calcio), el raloxifeno y otros. Si tus calambres empezaron o empeoraron con un medicamento nuevo, díselo a tu médico; no dejes un medicamento por tu cuenta.</translation>
    </message>
    <message>
        <source>Calf or hip pain that comes on when you walk and goes when you rest needs a doctor first. Then a walking plan helps: walk until the pain is moderate, rest until it goes, go on; 30-45 minutes at least 3 times a week for 12 weeks (NICE advises supervised exercise, about 2 hours a week for 3 months). The walking log keeps how far, or how long, you walked before the pain began: what these programmes track.</source>
        <translation>El dolor de pantorrilla o de cadera que aparece al caminar y se va al descansar necesita primero un médico. Después ayuda un plan de paseos: camina hasta que el dolor sea moderado, descansa hasta que se vaya y sigue; 30-45 minutos al menos 3 veces por semana durante 12 semanas (el NICE aconseja ejercicio supervisado, unas 2 horas por semana durante 3 meses). El registro de paseos guarda cuánto caminaste, en distancia o en tiempo, antes de que empezara el dolor: lo que siguen estos programas.</translation>
    </message>
    <message>
        <source>During a cramp</source>
        <translation>Durante un calambre</translation>
    </message>
    <message>
        <source>Sit with the leg straight, loop a towel around the ball of the foot and pull your toes towards you until the cramp passes; then walk a few steps and massage the calf.</source>
        <translation>Siéntate con la pierna recta, pasa una toalla por la planta del pie, bajo los dedos, y tira de los dedos hacia ti hasta que pase el calambre; luego camina unos pasos y masajea la pantorrilla.</translation>
    </message>
    <message>
        <source>What the app does not recommend</source>
        <translation>Lo que la aplicación no recomienda</translation>
    </message>
    <message>
        <source>Pain when walking that eases with rest</source>
        <translation>Dolor al caminar que se alivia al descansar</translation>
    </message>
    <message>
        <source>Get help at once: a cramp that lasts more than 10 minutes and does not ease; one calf that is painful, swollen, warm and red (call emergency services if you are breathless or have chest pain); a leg that suddenly goes cold, numb or cannot move; pain in the leg at rest that keeps getting worse.</source>
        <translation>Busca ayuda enseguida: un calambre que dura más de 10 minutos y no cede; una pantorrilla dolorida, hinchada, caliente y roja (llama a emergencias si te falta el aire o tienes dolor en el pecho); una pierna que de repente se queda fría, dormida o no se puede mover; dolor en la pierna en reposo que va a peor.</translation>
    </message>
    <message>
        <source>See a doctor: cramps that keep disturbing your sleep; numbness or swelling; muscle weakness; cramps that started with a new medicine, such as a statin or a diuretic; calf pain on walking that eases with rest, especially with diabetes, smoking, high blood pressure or high cholesterol.</source>
        <translation>Consulta a un médico: calambres que siguen alterando tu sueño; entumecimiento o hinchazón; debilidad muscular; calambres que empezaron con un medicamento nuevo, como una estatina o un diurético; dolor de pantorrilla al caminar que se alivia al descansar, sobre todo con diabetes, tabaco, tensión alta o colesterol alto.</translation>
    </message>
    <message>
        <source>About the advice</source>
        <translation>Sobre los consejos</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} está dañado.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Bedtime Coach (schema {found}; this version knows up to {known}).</source>
        <translation>{path} lo escribió una versión más reciente de Bedtime Coach (esquema {found}; esta versión conoce hasta el {known}).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Últimos {days} días</translation>
    </message>
    <message>
        <source>How many days the charts cover</source>
        <translation>Cuántos días abarcan los gráficos</translation>
    </message>
    <message>
        <source>Saves the nights, the comparisons, the trial and the walking log as a PDF of one or two pages (the last 30 days, or 90 when 90 are shown)</source>
        <translation>Guarda las noches, las comparaciones, la prueba y el registro de paseos en un PDF de una o dos páginas (los últimos 30 días, o 90 cuando se muestran 90)</translation>
    </message>
    <message>
        <source>Glasses of water a day (dashed: your goal)</source>
        <translation>Vasos de agua al día (a trazos: tu objetivo)</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>vasos</translation>
    </message>
    <message>
        <source>Evening routine done</source>
        <translation>Rutina de la noche hecha</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>Cramps a night (faint band: not recorded)</source>
        <translation>Calambres por noche (banda tenue: sin anotar)</translation>
    </message>
    <message>
        <source>cramps</source>
        <translation>calambres</translation>
    </message>
    <message>
        <source>Since you started (from the night of {night}):</source>
        <translation>Desde que empezaste (desde la noche del {night}):</translation>
    </message>
    <message>
        <source>Over the last {days} days:</source>
        <translation>En los últimos {days} días:</translation>
    </message>
    <message>
        <source>Report for your doctor (last {days} days)…</source>
        <translation>Informe para tu médico (últimos {days} días)…</translation>
    </message>
    <message>
        <source>Save the report for your doctor</source>
        <translation>Guardar el informe para tu médico</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report for your doctor was saved to {path}.</source>
        <translation>El informe para tu médico se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Another Bedtime Coach is starting but does not answer.</source>
        <translation>Otro Bedtime Coach está arrancando, pero no responde.</translation>
    </message>
    <message>
        <source>The running Bedtime Coach did not answer in time, so it did not do it.</source>
        <translation>El Bedtime Coach en marcha no respondió a tiempo, así que no lo hizo.</translation>
    </message>
    <message>
        <source>Bedtime Coach could not do that: {error}</source>
        <translation>Bedtime Coach no pudo hacerlo: {error}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>There is no routine &apos;{routine}&apos;; there are: {routines}.</source>
        <translation>No existe la rutina &apos;{routine}&apos;; las que hay son: {routines}.</translation>
    </message>
    <message>
        <source>{path} was deleted or replaced while Bedtime Coach was running; it was made anew, and what you enter from now on is kept there.</source>
        <translation>{path} se borró o se sustituyó mientras Bedtime Coach estaba en marcha; se creó de nuevo y lo que anotes a partir de ahora se guarda ahí.</translation>
    </message>
    <message>
        <source>{path} was deleted while Bedtime Coach was running; the backup of {taken} was put back in its place, and what you enter from now on is kept there.</source>
        <translation>{path} se borró mientras Bedtime Coach estaba en marcha; en su lugar se repuso la copia de seguridad de {taken}, y lo que anotes a partir de ahora se guarda ahí.</translation>
    </message>
    <message>
        <source>&apos;{routine}&apos; is for a cramp in the night, so it cannot be the usual evening routine; the evening routines are: {routines}.</source>
        <translation>&apos;{routine}&apos; es para un calambre durante la noche, así que no puede ser tu rutina de cada noche; las rutinas de la noche son: {routines}.</translation>
    </message>
    <message>
        <source>{path} could not be read, so no change is saved over it. Move it away or make it readable, then start Bedtime Coach again.</source>
        <translation>No se pudo leer {path}, así que no se guarda ningún cambio encima. Muévelo a otro sitio o hazlo legible y vuelve a iniciar Bedtime Coach.</translation>
    </message>
    <message>
        <source>At most {most} glasses a day are kept.</source>
        <translation>Se guardan como mucho {most} vasos al día.</translation>
    </message>
    <message>
        <source>No reminder is coming, so none to skip.</source>
        <translation>No viene ningún recordatorio, así que no hay ninguno que saltar.</translation>
    </message>
    <message>
        <source>A night can be recorded for the last {count} nights, from {first} to {last}; {night} is not one of them.</source>
        <translation>Se pueden anotar las últimas {count} noches, del {first} al {last}; {night} no es una de ellas.</translation>
    </message>
    <message>
        <source>You started using Bedtime Coach on {started}; the first night you can record is the night of {since}, so that the diary counts only nights remembered as they came.</source>
        <translation>Empezaste a usar Bedtime Coach el {started}; la primera noche que puedes anotar es la del {since}, para que el diario cuente solo noches recordadas tal como fueron.</translation>
    </message>
    <message>
        <source>How bad must be a whole number from 1 to 10, as for a cramp logged; 0 is not (leave it out if you can&apos;t say).</source>
        <translation>La intensidad debe ser un número entero de 1 a 10, como para un calambre anotado; 0 no lo es (déjala en blanco si no lo sabes).</translation>
    </message>
    <message>
        <source>A trial is under way already; &apos;bedtime-coach trial stop&apos; stops it.</source>
        <translation>Ya hay una prueba en marcha; «bedtime-coach trial stop» la detiene.</translation>
    </message>
    <message>
        <source>No trial is under way, so none to stop.</source>
        <translation>No hay ninguna prueba en marcha, así que no hay nada que detener.</translation>
    </message>
    <message>
        <source>There is no backup &apos;{name}&apos;; &apos;backup list&apos; shows them.</source>
        <translation>No existe la copia de seguridad &apos;{name}&apos;; &apos;backup list&apos; las muestra.</translation>
    </message>
    <message>
        <source>There is no backup yet; &apos;backup&apos; makes one.</source>
        <translation>Aún no hay ninguna copia de seguridad; &apos;backup&apos; hace una.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Oculta este mensaje</translation>
    </message>
    <message>
        <source>Tonight&apos;s routine</source>
        <translation>La rutina de esta noche</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>The routine Start begins; it becomes your usual one</source>
        <translation>La rutina que empieza con Empezar; pasa a ser la habitual</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Starts the chosen routine (Enter)</source>
        <translation>Empieza la rutina elegida (Intro)</translation>
    </message>
    <message>
        <source>Reminder at</source>
        <translation>Recordatorio a las</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>When the evening reminder comes; kept as you leave the field</source>
        <translation>Cuándo llega el recordatorio de la noche; se guarda al salir del campo</translation>
    </message>
    <message>
        <source>No reminder tonight; press again to have it back</source>
        <translation>Sin recordatorio esta noche; púlsalo otra vez para recuperarlo</translation>
    </message>
    <message>
        <source>No stretching tonight (trial week)</source>
        <translation>Esta noche sin estiramientos (semana de prueba)</translation>
    </message>
    <message>
        <source>+1 glass</source>
        <translation>+1 vaso</translation>
    </message>
    <message>
        <source>Add a glass of water</source>
        <translation>Añadir un vaso de agua</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Registrar la noche…</translation>
    </message>
    <message>
        <source>Records how last night went: cramps or none</source>
        <translation>Registra cómo fue anoche: con calambres o sin ellos</translation>
    </message>
    <message>
        <source>Water today: {count} of {goal} glasses.</source>
        <translation>Agua hoy: {count} de {goal} vasos.</translation>
    </message>
    <message>
        <source>Last night ({night}): 1 cramp recorded.</source>
        <translation>Anoche ({night}): 1 calambre registrado.</translation>
    </message>
    <message>
        <source>Last night ({night}): {count} cramps recorded.</source>
        <translation>Anoche ({night}): {count} calambres registrados.</translation>
    </message>
    <message>
        <source>Last night ({night}): no cramps.</source>
        <translation>Anoche ({night}): sin calambres.</translation>
    </message>
    <message>
        <source>Last night ({night}): left out of the diary.</source>
        <translation>Anoche ({night}): fuera del diario.</translation>
    </message>
    <message>
        <source>Last night ({night}): not recorded.</source>
        <translation>Anoche ({night}): sin registrar.</translation>
    </message>
    <message>
        <source>Change the check-in…</source>
        <translation>Cambiar el registro…</translation>
    </message>
    <message>
        <source>Routine: {nights} nights in a row.</source>
        <translation>Rutina: {nights} noches seguidas.</translation>
    </message>
    <message>
        <source>Routine: 1 night in a row.</source>
        <translation>Rutina: 1 noche seguida.</translation>
    </message>
    <message>
        <source>Water at your goal: {days} days in a row.</source>
        <translation>Agua en tu objetivo: {days} días seguidos.</translation>
    </message>
    <message>
        <source>Water at your goal: 1 day in a row.</source>
        <translation>Agua en tu objetivo: 1 día seguido.</translation>
    </message>
    <message>
        <source>It&apos;s time for your evening stretches.</source>
        <translation>Es hora de tus estiramientos de la noche.</translation>
    </message>
    <message>
        <source>Tonight&apos;s reminder ({night}) is skipped.</source>
        <translation>El recordatorio de esta noche ({night}) se salta.</translation>
    </message>
    <message>
        <source>About 1 minute</source>
        <translation>Alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>About {minutes} minutes</source>
        <translation>Unos {minutes} minutos</translation>
    </message>
    <message>
        <source>Next reminder: {when}.</source>
        <translation>Próximo recordatorio: {when}.</translation>
    </message>
    <message>
        <source>Tonight&apos;s routine is done.</source>
        <translation>La rutina de esta noche está hecha.</translation>
    </message>
    <message>
        <source>No reminder is coming.</source>
        <translation>No hay ningún recordatorio próximo.</translation>
    </message>
    <message>
        <source>Undo the skip ({night})</source>
        <translation>Deshacer el salto ({night})</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Goes back to the list of routines</source>
        <translation>Vuelve a la lista de rutinas</translation>
    </message>
    <message>
        <source>Log this cramp in the diary…</source>
        <translation>Anotar este calambre en el diario…</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>un minuto, más o menos</translation>
    </message>
    <message>
        <source>about {minutes} minutes</source>
        <translation>unos {minutes} minutos</translation>
    </message>
    <message>
        <source>Cramp relief done. Sleep well.</source>
        <translation>Alivio del calambre hecho. Que duermas bien.</translation>
    </message>
    <message>
        <source>Cramp relief stopped. If the cramp is still there, pull the toes towards you again, or walk a few steps.</source>
        <translation>Alivio del calambre detenido. Si el calambre sigue, vuelve a tirar de los dedos hacia ti o camina unos pasos.</translation>
    </message>
    <message>
        <source>Well done. Sleep well.</source>
        <translation>Bien hecho. Que duermas bien.</translation>
    </message>
    <message>
        <source>Stopped. That&apos;s fine: tomorrow is another evening.</source>
        <translation>Detenida. No pasa nada: mañana es otra noche.</translation>
    </message>
    <message>
        <source>A no-stretching week</source>
        <translation>Una semana sin estiramientos</translation>
    </message>
    <message>
        <source>This is a no-stretching week of your personal trial. Stretching tonight would blur its result. Start anyway?</source>
        <translation>Esta es una semana sin estiramientos de tu prueba personal. Estirar esta noche enturbiaría su resultado. ¿Empezar de todos modos?</translation>
    </message>
    <message>
        <source>{routine}: {done} of {total} steps done, in {took}.</source>
        <translation>{routine}: {done} de {total} pasos hechos, en {took}.</translation>
    </message>
    <message>
        <source>Logs the cramp that has just eased; it asks only which leg</source>
        <translation>Anota el calambre que acaba de pasar; solo pregunta qué pierna</translation>
    </message>
    <message>
        <source>Bedtime Coach</source>
        <translation>Bedtime Coach</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Esta noche</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>Cramps during the day as well?</source>
        <translation>¿Calambres también durante el día?</translation>
    </message>
    <message>
        <source>Weakness in the leg muscles?</source>
        <translation>¿Debilidad en los músculos de las piernas?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the legs or feet?</source>
        <translation>¿Entumecimiento u hormigueo en las piernas o los pies?</translation>
    </message>
    <message>
        <source>A calf that is swollen, red or warm?</source>
        <translation>¿Una pantorrilla hinchada, roja o caliente?</translation>
    </message>
    <message>
        <source>Calf pain when walking that eases when you rest?</source>
        <translation>¿Dolor de pantorrilla al caminar que se calma al descansar?</translation>
    </message>
    <message>
        <source>Cramps coming more often than before?</source>
        <translation>¿Calambres más a menudo que antes?</translation>
    </message>
    <message>
        <source>Any new medicine since the cramps got worse? (Statins, diuretics and others can cause cramps.)</source>
        <translation>¿Algún medicamento nuevo desde que empeoraron los calambres? (Las estatinas, los diuréticos y otros pueden causar calambres.)</translation>
    </message>
    <message>
        <source>An answer must be yes, no or none.</source>
        <translation>Una respuesta debe ser sí, no o ninguna.</translation>
    </message>
    <message>
        <source>Which medicine can be at most {most} characters.</source>
        <translation>El medicamento puede tener como mucho {most} caracteres.</translation>
    </message>
    <message>
        <source>Skipped questions have no answers.</source>
        <translation>Las preguntas saltadas no tienen respuestas.</translation>
    </message>
    <message>
        <source>A calf that is painful, swollen, warm and red needs a doctor at once; with breathlessness or chest pain, call emergency services.</source>
        <translation>Una pantorrilla dolorida, hinchada, caliente y roja necesita un médico enseguida; si te falta el aire o te duele el pecho, llama a emergencias.</translation>
    </message>
    <message>
        <source>Please see a doctor about this, and take the report from History with you. Do not stop a medicine without asking the doctor first.</source>
        <translation>Consulta a un médico por esto y llévate el informe de Historial. No dejes ningún medicamento sin preguntar antes al médico.</translation>
    </message>
    <message>
        <source>Once a month: a few questions for your doctor</source>
        <translation>Una vez al mes: unas preguntas para tu médico</translation>
    </message>
    <message>
        <source>In the last month, did you have any of these? The answers go into the report for your doctor. Leave any you are unsure of, or skip them all.</source>
        <translation>En el último mes, ¿has tenido alguna de estas cosas? Las respuestas van al informe para tu médico. Deja sin responder las que no tengas claras, o sáltatelas todas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Which medicine? (optional)</source>
        <translation>¿Qué medicamento? (opcional)</translation>
    </message>
    <message>
        <source>Which new medicine</source>
        <translation>Qué medicamento nuevo</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Guardar las respuestas</translation>
    </message>
    <message>
        <source>Keeps the answers for the report</source>
        <translation>Guarda las respuestas para el informe</translation>
    </message>
    <message>
        <source>Skip this month</source>
        <translation>Saltar este mes</translation>
    </message>
    <message>
        <source>Asks again in a month</source>
        <translation>Vuelve a preguntar dentro de un mes</translation>
    </message>
    <message>
        <source>Skipped; asked again in a month.</source>
        <translation>Saltadas; se preguntarán de nuevo dentro de un mes.</translation>
    </message>
    <message>
        <source>Thank you: the answers are in your report.</source>
        <translation>Gracias: las respuestas están en tu informe.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Progress through the routine</source>
        <translation>Avance de la rutina</translation>
    </message>
    <message>
        <source>Done  (Enter)</source>
        <translation>Hecho  (Intro)</translation>
    </message>
    <message>
        <source>Marks the tip as read and ends the step</source>
        <translation>Marca el consejo como leído y termina el paso</translation>
    </message>
    <message>
        <source>Back  (←)</source>
        <translation>Atrás  (←)</translation>
    </message>
    <message>
        <source>Restarts this step, or goes back one if it has only just begun</source>
        <translation>Vuelve a empezar este paso, o retrocede uno si acaba de empezar</translation>
    </message>
    <message>
        <source>Pause  (Space)</source>
        <translation>Pausa  (Espacio)</translation>
    </message>
    <message>
        <source>Pauses or resumes the timer</source>
        <translation>Pausa o reanuda el temporizador</translation>
    </message>
    <message>
        <source>Skip  (→)</source>
        <translation>Saltar  (→)</translation>
    </message>
    <message>
        <source>Goes on to the next step</source>
        <translation>Pasa al paso siguiente</translation>
    </message>
    <message>
        <source>Stop  (Esc)</source>
        <translation>Parar  (Esc)</translation>
    </message>
    <message>
        <source>Stops the routine; the history keeps it as stopped</source>
        <translation>Detiene la rutina; el historial la guarda como detenida</translation>
    </message>
    <message>
        <source>Figure showing: {step}</source>
        <translation>La figura muestra: {step}</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Round {number} of {count}</source>
        <translation>Ronda {number} de {count}</translation>
    </message>
    <message>
        <source>Repetition {number} of {count}</source>
        <translation>Repetición {number} de {count}</translation>
    </message>
    <message>
        <source>Resume  (Space)</source>
        <translation>Seguir  (Espacio)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Only recorded nights count: a night answered in the morning check-in, or with a cramp logged during it; nights left out (&apos;don&apos;t know / slept elsewhere&apos;) and nights never recorded are not counted, never as zero. Cramps a night are compared as a Poisson rate ratio with a 95% interval on the log scale, widened for bad spells (quasi-Poisson dispersion); no figure below 7 recorded nights on either side. Nights after the routine against other nights cannot show that the routine works; the personal trial (randomised paired weeks) compares fairly.</source>
        <translation>Solo cuentan las noches anotadas: una noche respondida en la anotación de la mañana, o con un calambre registrado durante ella; las noches dejadas fuera («no lo sé / dormí en otro sitio») y las que nunca se anotaron no se cuentan, nunca como cero. Los calambres por noche se comparan como una razón de tasas de Poisson con un intervalo del 95 % en escala logarítmica, ensanchado para las rachas malas (dispersión cuasi-Poisson); no hay cifra con menos de 7 noches anotadas en cada lado. Comparar las noches después de la rutina con las demás no puede demostrar que la rutina funcione; la prueba personal (semanas emparejadas al azar) compara con justicia.</translation>
    </message>
    <message>
        <source>This report is a diary kept by the person, not a diagnosis; Bedtime Coach gives general information and does not diagnose or treat anything.</source>
        <translation>Este informe es un diario que lleva la propia persona, no un diagnóstico; Bedtime Coach da información general y no diagnostica ni trata nada.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to save in.</source>
        <translation>{path} es una carpeta; indica el nombre de un archivo donde guardar.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to save the report in.</source>
        <translation>No existe la carpeta {folder} para guardar el informe.</translation>
    </message>
    <message>
        <source>The report could not be saved: {why}.</source>
        <translation>No se pudo guardar el informe: {why}.</translation>
    </message>
    <message>
        <source>Bedtime Coach: a diary of night cramps</source>
        <translation>Bedtime Coach: un diario de calambres nocturnos</translation>
    </message>
    <message>
        <source>How the numbers are made</source>
        <translation>Cómo se calculan las cifras</translation>
    </message>
    <message>
        <source>Night cramps: a diary for the doctor</source>
        <translation>Calambres nocturnos: un diario para el médico</translation>
    </message>
    <message>
        <source>The {days} nights from {first} to {last}, as recorded in Bedtime Coach.</source>
        <translation>Las {days} noches del {first} al {last}, tal como se registraron en Bedtime Coach.</translation>
    </message>
    <message>
        <source>Made {made_at}.</source>
        <translation>Hecho el {made_at}.</translation>
    </message>
    <message>
        <source>Diary kept since {first_use}.</source>
        <translation>Diario llevado desde {first_use}.</translation>
    </message>
    <message>
        <source>No first use of the app is known.</source>
        <translation>No se conoce el primer uso de la app.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Recorded nights</source>
        <translation>Noches registradas</translation>
    </message>
    <message>
        <source>Nights left out (don&apos;t know, slept elsewhere)</source>
        <translation>Noches excluidas (no lo sé, dormí en otro sitio)</translation>
    </message>
    <message>
        <source>Nights not recorded (never counted as zero)</source>
        <translation>Noches sin registrar (nunca cuentan como cero)</translation>
    </message>
    <message>
        <source>Cramps on the recorded nights</source>
        <translation>Calambres en las noches registradas</translation>
    </message>
    <message>
        <source>Cramps a recorded night</source>
        <translation>Calambres por noche registrada</translation>
    </message>
    <message>
        <source>Nights the evening routine was done</source>
        <translation>Noches en que se hizo la rutina</translation>
    </message>
    <message>
        <source>Cramps in the day (not counted as night cramps)</source>
        <translation>Calambres de día (no cuentan como nocturnos)</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Cramps a night, with and without</source>
        <translation>Calambres por noche, con y sin</translation>
    </message>
    <message>
        <source>After the evening routine</source>
        <translation>Tras la rutina de la noche</translation>
    </message>
    <message>
        <source>Other nights</source>
        <translation>Las demás noches</translation>
    </message>
    <message>
        <source>After a day at the water goal</source>
        <translation>Tras un día con el objetivo de agua</translation>
    </message>
    <message>
        <source>After other days</source>
        <translation>Tras los demás días</translation>
    </message>
    <message>
        <source>not enough nights</source>
        <translation>faltan noches</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>A night</source>
        <translation>Por noche</translation>
    </message>
    <message>
        <source>Rate ratio</source>
        <translation>Razón de tasas</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95%</translation>
    </message>
    <message>
        <source>Personal trial (randomised paired weeks)</source>
        <translation>Prueba personal (semanas emparejadas al azar)</translation>
    </message>
    <message>
        <source>No personal trial was started.</source>
        <translation>No se ha empezado ninguna prueba personal.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>parada antes de tiempo</translation>
    </message>
    <message>
        <source>From {start} to {end} ({state}); random order from seed {seed}.</source>
        <translation>Del {start} al {end} ({state}); orden aleatorio a partir de la semilla {seed}.</translation>
    </message>
    <message>
        <source>Usual weeks (baseline)</source>
        <translation>Semanas habituales (referencia)</translation>
    </message>
    <message>
        <source>Routine weeks</source>
        <translation>Semanas de rutina</translation>
    </message>
    <message>
        <source>No-stretching weeks</source>
        <translation>Semanas sin estiramientos</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>the routine helped</source>
        <translation>la rutina te ayudó</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>ninguna diferencia clara</translation>
    </message>
    <message>
        <source>more cramps in the routine weeks</source>
        <translation>más calambres en las semanas de rutina</translation>
    </message>
    <message>
        <source>can&apos;t tell yet: too few recorded nights</source>
        <translation>aún no se sabe: muy pocas noches registradas</translation>
    </message>
    <message>
        <source>Verdict: {verdict}.</source>
        <translation>Veredicto: {verdict}.</translation>
    </message>
    <message>
        <source>(Provisional.)</source>
        <translation>(Provisional.)</translation>
    </message>
    <message>
        <source>Warning signs and medicines (monthly questions)</source>
        <translation>Señales de alarma y medicamentos (preguntas mensuales)</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Aún no se ha preguntado.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidas</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>Qué medicamento</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Preguntado el</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Walking log (pain-free walking)</source>
        <translation>Registro de paseos (caminar sin dolor)</translation>
    </message>
    <message>
        <source>The walking log was not used in this period.</source>
        <translation>El registro de paseos no se usó en este periodo.</translation>
    </message>
    <message>
        <source>Pain-free minutes</source>
        <translation>Minutos sin dolor</translation>
    </message>
    <message>
        <source>Pain-free metres</source>
        <translation>Metros sin dolor</translation>
    </message>
    <message>
        <source>Walks: {count}</source>
        <translation>Paseos: {count}</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Pain-free: walked before the calf pain began; a walk with no pain counts whole.</source>
        <translation>Sin dolor: lo caminado antes de que empezara el dolor de pantorrilla; un paseo sin dolor cuenta entero.</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Noche a noche</translation>
    </message>
    <message>
        <source>{dash}: not said, or no cramp to rate.</source>
        <translation>{dash}: sin decir, o ningún calambre que valorar.</translation>
    </message>
    <message>
        <source>Worst and sleep: 0 to 10; longest: minutes; water: glasses that day, {mark} when it reached the water goal.</source>
        <translation>Peor y sueño: de 0 a 10; más largo: minutos; agua: vasos de ese día, {mark} cuando llegó al objetivo de agua.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>excluida</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Noche del</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>&apos;{field}&apos; cannot be {value}.</source>
        <translation>&apos;{field}&apos; no puede ser {value}.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; has no field &apos;{field}&apos;.</source>
        <translation>&apos;{command}&apos; no tiene el campo &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; needs &apos;{field}&apos;.</source>
        <translation>&apos;{command}&apos; necesita &apos;{field}&apos;.</translation>
    </message>
</context>
<context>
    <name>Ring</name>
    <message>
        <source>{phase}, {seconds} seconds left</source>
        <translation>{phase}, quedan {seconds} segundos</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Cramp relief</source>
        <translation>Alivio del calambre</translation>
    </message>
    <message>
        <source>For a cramp in the night: a towel stretch until it eases, a few steps, a gentle massage.</source>
        <translation>Para un calambre por la noche: un estiramiento con toalla hasta que ceda, unos pasos y un masaje suave.</translation>
    </message>
    <message>
        <source>Towel stretch</source>
        <translation>Estiramiento con toalla</translation>
    </message>
    <message>
        <source>Sit with the cramping leg straight out in front of you. Loop a towel (or a belt) around the ball of the foot and gently pull your toes towards you until the cramp eases.</source>
        <translation>Siéntate con la pierna del calambre estirada delante de ti. Pasa una toalla (o un cinturón) por la planta del pie, bajo los dedos, y tira suavemente de los dedos hacia ti hasta que el calambre ceda.</translation>
    </message>
    <message>
        <source>A few steps</source>
        <translation>Unos pasos</translation>
    </message>
    <message>
        <source>Stand up carefully and walk a few slow steps, putting your weight on the leg that cramped.</source>
        <translation>Levántate con cuidado y da unos pasos lentos, apoyando el peso en la pierna del calambre.</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Camina</translation>
    </message>
    <message>
        <source>Gentle massage</source>
        <translation>Masaje suave</translation>
    </message>
    <message>
        <source>Sit down and gently knead the calf that cramped, from the ankle up towards the knee.</source>
        <translation>Siéntate y amasa con suavidad la pantorrilla del calambre, desde el tobillo hacia la rodilla.</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Cuándo buscar ayuda</translation>
    </message>
    <message>
        <source>Get medical help at once if a cramp lasts more than 10 minutes and does not ease, or if one calf is painful, swollen, warm and red. Otherwise, back to bed: keep the sheets loose at the foot of the bed.</source>
        <translation>Busca ayuda médica enseguida si un calambre dura más de 10 minutos y no cede, o si una pantorrilla está dolorida, hinchada, caliente y roja. Si no, vuelve a la cama: deja las sábanas sueltas a los pies.</translation>
    </message>
    <message>
        <source>Evening routine</source>
        <translation>Rutina de la noche</translation>
    </message>
    <message>
        <source>Wall calf stretch for each leg, a slow walk, a calf massage and a tip for bed.</source>
        <translation>Estiramiento de pantorrilla en la pared con cada pierna, un paseo lento, un masaje de pantorrilla y un consejo para la cama.</translation>
    </message>
    <message>
        <source>Wall calf stretch, left leg</source>
        <translation>Estiramiento de pantorrilla en la pared, pierna izquierda</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it at chest height. Put your right foot about 2 ft (60 cm) from the wall and your left foot about 3 ft (90 cm) back. Bend the right knee, keep the left leg straight and its heel on the floor, and lean in until you feel a gentle stretch in the left calf. Breathe calmly; it should never hurt.</source>
        <translation>Ponte de cara a una pared y apoya las dos manos en ella a la altura del pecho. Pon el pie derecho a unos 60 cm de la pared y el izquierdo unos 90 cm más atrás. Dobla la rodilla derecha, mantén la pierna izquierda recta con el talón en el suelo e inclínate hasta notar un estiramiento suave en la pantorrilla izquierda. Respira con calma; nunca debe doler.</translation>
    </message>
    <message>
        <source>Wall calf stretch, right leg</source>
        <translation>Estiramiento de pantorrilla en la pared, pierna derecha</translation>
    </message>
    <message>
        <source>Now the other way round: left foot about 2 ft (60 cm) from the wall, right foot about 3 ft (90 cm) back. Bend the left knee, keep the right leg straight and its heel on the floor, and lean in until you feel a gentle stretch in the right calf.</source>
        <translation>Ahora al revés: el pie izquierdo a unos 60 cm de la pared y el derecho unos 90 cm más atrás. Dobla la rodilla izquierda, mantén la pierna derecha recta con el talón en el suelo e inclínate hasta notar un estiramiento suave en la pantorrilla derecha.</translation>
    </message>
    <message>
        <source>A short, slow walk</source>
        <translation>Un paseo corto y lento</translation>
    </message>
    <message>
        <source>Walk slowly around the room. Don&apos;t overdo it: this is to loosen up, not to exercise.</source>
        <translation>Camina despacio por la habitación. Sin pasarte: es para soltarte, no para hacer ejercicio.</translation>
    </message>
    <message>
        <source>Calf massage, left leg</source>
        <translation>Masaje de pantorrilla, pierna izquierda</translation>
    </message>
    <message>
        <source>Sit down and gently knead your left calf with both hands, working from the ankle up towards the knee. A warming ointment is optional; a warm bath or shower works too.</source>
        <translation>Siéntate y amasa con suavidad la pantorrilla izquierda con las dos manos, desde el tobillo hacia la rodilla. Una pomada de calor es opcional; un baño o una ducha calientes también sirven.</translation>
    </message>
    <message>
        <source>Calf massage, right leg</source>
        <translation>Masaje de pantorrilla, pierna derecha</translation>
    </message>
    <message>
        <source>Now the right calf: knead it gently with both hands, from the ankle up towards the knee.</source>
        <translation>Ahora la pantorrilla derecha: amásala con suavidad con las dos manos, desde el tobillo hacia la rodilla.</translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>En la cama</translation>
    </message>
    <message>
        <source>Try not to lie for long with your toes pointed. Keep the sheets and blankets loose at the foot of the bed so they don&apos;t push your feet down. Sleep well.</source>
        <translation>Intenta no estar mucho rato tumbado con las puntas de los pies estiradas. Deja las sábanas y las mantas sueltas a los pies de la cama para que no te empujen los pies hacia abajo. Que duermas bien.</translation>
    </message>
    <message>
        <source>Trial protocol (calf and hamstring)</source>
        <translation>Protocolo del ensayo (pantorrilla e isquiotibiales)</translation>
    </message>
    <message>
        <source>The stretches of the 2012 trial in older adults: calf and hamstring, each leg, hold 10 s, rest 10 s, 3 times. About 4 minutes, just before sleep.</source>
        <translation>Los estiramientos del ensayo de 2012 con personas mayores: pantorrilla e isquiotibiales, cada pierna, mantener 10 s, descansar 10 s, 3 veces. Unos 4 minutos, justo antes de dormir.</translation>
    </message>
    <message>
        <source>Standing calf stretch, left leg</source>
        <translation>Estiramiento de pantorrilla de pie, pierna izquierda</translation>
    </message>
    <message>
        <source>Hands on the wall at chest height, right foot forward with the knee bent, left leg back and straight with its heel on the floor. Lean in to a moderate stretch in the left calf, not a painful one, and breathe calmly.</source>
        <translation>Las manos en la pared a la altura del pecho, el pie derecho delante con la rodilla doblada y la pierna izquierda atrás, recta y con el talón en el suelo. Inclínate hasta un estiramiento moderado en la pantorrilla izquierda, no doloroso, y respira con calma.</translation>
    </message>
    <message>
        <source>Standing calf stretch, right leg</source>
        <translation>Estiramiento de pantorrilla de pie, pierna derecha</translation>
    </message>
    <message>
        <source>Left foot forward with the knee bent, right leg back and straight with its heel on the floor. Lean in to a moderate stretch in the right calf and breathe calmly.</source>
        <translation>El pie izquierdo delante con la rodilla doblada y la pierna derecha atrás, recta y con el talón en el suelo. Inclínate hasta un estiramiento moderado en la pantorrilla derecha y respira con calma.</translation>
    </message>
    <message>
        <source>Standing hamstring stretch, left leg</source>
        <translation>Estiramiento de isquiotibiales de pie, pierna izquierda</translation>
    </message>
    <message>
        <source>Put your left heel on a low step with the knee straight. Keeping your back straight, hinge forward from the hips until you feel a moderate stretch at the back of the left thigh. Hold on to something steady if you need to.</source>
        <translation>Apoya el talón izquierdo en un escalón bajo con la rodilla recta. Con la espalda recta, inclínate hacia delante desde la cadera hasta notar un estiramiento moderado en la parte de atrás del muslo izquierdo. Agárrate a algo firme si lo necesitas.</translation>
    </message>
    <message>
        <source>Standing hamstring stretch, right leg</source>
        <translation>Estiramiento de isquiotibiales de pie, pierna derecha</translation>
    </message>
    <message>
        <source>Now the right heel on the step, knee straight. Hinge forward from the hips, back straight, until you feel a moderate stretch at the back of the right thigh.</source>
        <translation>Ahora el talón derecho en el escalón, con la rodilla recta. Inclínate hacia delante desde la cadera, con la espalda recta, hasta notar un estiramiento moderado en la parte de atrás del muslo derecho.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>on (activado) u off (desactivado)</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a time of day as HH:MM on the 24-hour clock, such as 22:00</source>
        <translation>una hora del día como HH:MM en formato de 24 horas, como 22:00</translation>
    </message>
    <message>
        <source>one of {options}</source>
        <translation>uno de estos: {options}</translation>
    </message>
    <message>
        <source>weekday names separated by commas, such as mon,tue,fri, or &apos;every day&apos; (at least one day; to turn reminders off use reminder.enabled)</source>
        <translation>nombres de días en inglés separados por comas, como mon,tue,fri, o &apos;every day&apos; (al menos un día; para desactivar los recordatorios usa reminder.enabled)</translation>
    </message>
    <message>
        <source>the id of a routine, such as evening</source>
        <translation>el identificador de una rutina, como evening</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>vasos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Pick at least one day for the reminder, or turn the reminder off.</source>
        <translation>Elige al menos un día para el recordatorio, o desactiva el recordatorio.</translation>
    </message>
    <message>
        <source>The reminders to drink cannot end at {until}, before they start at {start}.</source>
        <translation>Los recordatorios para beber no pueden terminar a las {until}, antes de empezar a las {start}.</translation>
    </message>
    <message>
        <source>{key} must be {allowed}; &apos;{value}&apos; is not.</source>
        <translation>{key} debe ser {allowed}; &apos;{value}&apos; no lo es.</translation>
    </message>
    <message>
        <source>There is no setting &apos;{key}&apos;. The settings are: {keys}.</source>
        <translation>No existe el ajuste &apos;{key}&apos;. Los ajustes son: {keys}.</translation>
    </message>
    <message>
        <source>The settings must be a JSON object.</source>
        <translation>La configuración debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The settings version must be {expected}, not {found}.</source>
        <translation>La versión de la configuración debe ser {expected}, no {found}.</translation>
    </message>
    <message>
        <source>&apos;{section}&apos; must be a JSON object of settings.</source>
        <translation>&apos;{section}&apos; debe ser un objeto JSON de ajustes.</translation>
    </message>
    <message>
        <source>{key} must be {allowed}; {value} is not.</source>
        <translation>{key} debe ser {allowed}; {value} no lo es.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Remind me at bedtime</source>
        <translation>Recordármelo a la hora de dormir</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>Still remind me if late by up to</source>
        <translation>Recordármelo aún con un retraso de hasta</translation>
    </message>
    <message>
        <source>Chime with the reminder</source>
        <translation>Una campanada con el recordatorio</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Decir los pasos en voz alta</translation>
    </message>
    <message>
        <source>Glasses a day</source>
        <translation>Vasos al día</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Un nuevo día empieza a las</translation>
    </message>
    <message>
        <source>Remind me to drink during the day</source>
        <translation>Recordarme beber durante el día</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Arrancar al iniciar sesión</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Arrancar en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Night (dim and warm)</source>
        <translation>Noche (tenue y cálido)</translation>
    </message>
    <message>
        <source>The defaults are the advice&apos;s: hold 10 s, rest 5 s, 3 times each leg, one round (the 2012 trial did one round a night). They change the evening routine; the trial protocol and cramp relief run as published.</source>
        <translation>Los valores por defecto son los del consejo: mantener 10 s, descansar 5 s, 3 veces con cada pierna, una ronda (el ensayo de 2012 hacía una ronda por noche). Cambian la rutina de la noche; el protocolo del ensayo y el alivio del calambre se hacen tal como se publicaron.</translation>
    </message>
    <message>
        <source>Remind me on {day} nights</source>
        <translation>Recordármelo las noches del {day}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit}, not {value}.</source>
        <translation>{label}: de {low} a {high} {unit}, no {value}.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high}, not {value}.</source>
        <translation>{label}: de {low} a {high}, no {value}.</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Qué hay que cambiar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Plays the sound of a hold starting</source>
        <translation>Reproduce el sonido del comienzo de un estiramiento</translation>
    </message>
    <message>
        <source>Allowed: {values}</source>
        <translation>Se admite: {values}</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Your settings file could not be read ({problem}), so Bedtime Coach started with the default settings. The file was left as it is, and no change is saved over it.</source>
        <translation>No se pudo leer tu archivo de ajustes ({problem}), así que Bedtime Coach empezó con los ajustes por defecto. El archivo se dejó como estaba y no se guarda ningún cambio encima.</translation>
    </message>
    <message>
        <source>The file is larger than {most} bytes.</source>
        <translation>El archivo ocupa más de {most} bytes.</translation>
    </message>
    <message>
        <source>It is not valid JSON ({error}).</source>
        <translation>No es JSON válido ({error}).</translation>
    </message>
    <message>
        <source>It is JSON that no settings file holds.</source>
        <translation>Es un JSON que ningún archivo de ajustes contiene.</translation>
    </message>
    <message>
        <source>Your settings file could not be used, so Bedtime Coach started with the default settings. {problem} The file was left as it is.</source>
        <translation>No se pudo usar tu archivo de configuración, así que Bedtime Coach arrancó con la configuración por defecto. {problem} El archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>Your settings file could not be used, so Bedtime Coach started with the default settings. {problem} The file was kept as {kept}.</source>
        <translation>No se pudo usar tu archivo de configuración, así que Bedtime Coach arrancó con la configuración por defecto. {problem} El archivo se guardó como {kept}.</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Nothing was saved: {why}. What was saved before is unchanged.</source>
        <translation>No se guardó nada: {why}. Lo guardado antes sigue igual.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the history is read-only here</source>
        <translation>aquí el historial es de solo lectura</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>Bedtime Coach may not write there</source>
        <translation>Bedtime Coach no tiene permiso para escribir ahí</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>is not an ISO 8601 time, such as 2026-11-25T22:00:00+00:00</source>
        <translation>no es una hora ISO 8601, como 2026-11-25T22:00:00+00:00</translation>
    </message>
    <message>
        <source>needs its UTC offset, such as 2026-11-25T22:00:00+00:00</source>
        <translation>necesita su desfase respecto a UTC, como 2026-11-25T22:00:00+00:00</translation>
    </message>
    <message>
        <source>is not a time from 1970 to 2100</source>
        <translation>no es una hora entre 1970 y 2100</translation>
    </message>
    <message>
        <source>is not a date such as 2026-11-25</source>
        <translation>no es una fecha como 2026-11-25</translation>
    </message>
    <message>
        <source>is not a whole number from {low} to {high}</source>
        <translation>no es un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>is not a number from {low} to {high}</source>
        <translation>no es un número de {low} a {high}</translation>
    </message>
    <message>
        <source>is not one of {options}</source>
        <translation>no es uno de estos: {options}</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>is not text of 1 to {limit} characters</source>
        <translation>no es un texto de 1 a {limit} caracteres</translation>
    </message>
    <message>
        <source>is not a list of step numbers such as 0,1,5</source>
        <translation>no es una lista de números de pasos como 0,1,5</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder of exported files.</source>
        <translation>{folder} es un archivo, no una carpeta de archivos exportados.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>No existe la carpeta {folder}.</translation>
    </message>
    <message>
        <source>{folder}: no exported files here (such as routine_runs.csv).</source>
        <translation>{folder}: aquí no hay archivos exportados (como routine_runs.csv).</translation>
    </message>
    <message>
        <source>{path}: &apos;{routine}&apos; is not a routine of this app ({known}).</source>
        <translation>{path}: &apos;{routine}&apos; no es una rutina de esta aplicación ({known}).</translation>
    </message>
    <message>
        <source>{path}: line {line}: {error}</source>
        <translation>{path}: línea {line}: {error}</translation>
    </message>
    <message>
        <source>{path}: line {line}: a trial cannot stop before it starts.</source>
        <translation>{path}: línea {line}: una prueba no puede detenerse antes de empezar.</translation>
    </message>
    <message>
        <source>{path}: not a plain file.</source>
        <translation>{path}: no es un archivo normal.</translation>
    </message>
    <message>
        <source>{path}: larger than {most} MB.</source>
        <translation>{path}: ocupa más de {most} MB.</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text ({error}).</source>
        <translation>{path}: no es texto UTF-8 ({error}).</translation>
    </message>
    <message>
        <source>{path}: line 1: the header must be {expected}, not {found}.</source>
        <translation>{path}: línea 1: la cabecera debe ser {expected}, no {found}.</translation>
    </message>
    <message>
        <source>{path}: line {line}: {found} columns where {expected} belong.</source>
        <translation>{path}: línea {line}: {found} columnas donde corresponden {expected}.</translation>
    </message>
    <message>
        <source>{path}: line {line}, column {number} ({name}): {cell} {error}.</source>
        <translation>{path}: línea {line}, columna {number} ({name}): {cell} {error}.</translation>
    </message>
    <message>
        <source>{path}: line {line}: {error}.</source>
        <translation>{path}: línea {line}: {error}.</translation>
    </message>
    <message>
        <source>{path}: line 1: the header row is missing.</source>
        <translation>{path}: línea 1: falta la fila de cabecera.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start evening routine</source>
        <translation>Empezar la rutina de la noche</translation>
    </message>
    <message>
        <source>Add a glass of water</source>
        <translation>Añadir un vaso de agua</translation>
    </message>
    <message>
        <source>Log a cramp now</source>
        <translation>Anotar un calambre ahora</translation>
    </message>
    <message>
        <source>Check in for last night…</source>
        <translation>Contar cómo fue anoche…</translation>
    </message>
    <message>
        <source>Skip tonight</source>
        <translation>Saltar esta noche</translation>
    </message>
    <message>
        <source>Add a cramp to the diary…</source>
        <translation>Añadir un calambre al diario…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Already done tonight</source>
        <translation>Ya la he hecho esta noche</translation>
    </message>
    <message>
        <source>Open Bedtime Coach</source>
        <translation>Abrir Bedtime Coach</translation>
    </message>
    <message>
        <source>About the advice</source>
        <translation>Sobre los consejos</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>Empezar: {routine}</translation>
    </message>
    <message>
        <source>Add a glass of water ({today} of {goal} today)</source>
        <translation>Añadir un vaso de agua ({today} de {goal} hoy)</translation>
    </message>
    <message>
        <source>Skip tonight ({night})</source>
        <translation>Saltar esta noche ({night})</translation>
    </message>
    <message>
        <source>Bedtime Coach
Next reminder: {reminder}
Water: {today} of {goal} glasses today</source>
        <translation>Bedtime Coach
Próximo recordatorio: {reminder}
Agua: {today} de {goal} vasos hoy</translation>
    </message>
    <message>
        <source>Bedtime Coach</source>
        <translation>Bedtime Coach</translation>
    </message>
</context>
<context>
    <name>Trial</name>
    <message>
        <source>A trial&apos;s seed must be a whole number.</source>
        <translation>La semilla de una prueba debe ser un número entero.</translation>
    </message>
    <message>
        <source>A trial&apos;s seed must be from 0 to {most}.</source>
        <translation>La semilla de una prueba debe estar entre 0 y {most}.</translation>
    </message>
    <message>
        <source>A trial cannot stop before it has started.</source>
        <translation>Una prueba no puede terminar antes de haber empezado.</translation>
    </message>
    <message>
        <source>Your trial, week {week} of {weeks}: record your nights as usual.</source>
        <translation>Tu prueba, semana {week} de {weeks}: anota tus noches como siempre.</translation>
    </message>
    <message>
        <source>Your trial, week {week} of {weeks}: the routine every night.</source>
        <translation>Tu prueba, semana {week} de {weeks}: la rutina todas las noches.</translation>
    </message>
    <message>
        <source>Your trial, week {week} of {weeks}: no stretching this week. Record your nights as usual.</source>
        <translation>Tu prueba, semana {week} de {weeks}: esta semana sin estiramientos. Anota tus noches como siempre.</translation>
    </message>
    <message>
        <source>Tonight: as usual. Record your nights.</source>
        <translation>Esta noche: como siempre. Anota tus noches.</translation>
    </message>
    <message>
        <source>Tonight: the routine (trial week).</source>
        <translation>Esta noche: la rutina (semana de prueba).</translation>
    </message>
    <message>
        <source>No stretching tonight (trial week).</source>
        <translation>Esta noche sin estiramientos (semana de prueba).</translation>
    </message>
    <message>
        <source>Pair {pair}: not begun yet.</source>
        <translation>Pareja {pair}: aún no ha empezado.</translation>
    </message>
    <message>
        <source>Pair {pair}: a week with no recorded nights.</source>
        <translation>Pareja {pair}: una semana sin noches anotadas.</translation>
    </message>
    <message>
        <source>Pair {pair}: {routine_rate} cramps a night in the routine week ({routine_nights} nights recorded), {other_rate} in the no-stretching week ({other_nights}).</source>
        <translation>Pareja {pair}: {routine_rate} calambres por noche en la semana con rutina ({routine_nights} noches anotadas), {other_rate} en la semana sin estiramientos ({other_nights}).</translation>
    </message>
    <message>
        <source>You stopped the trial early, from the night of {night}, before any night of the paired weeks was recorded: there are no recorded nights to compare.</source>
        <translation>Detuviste la prueba antes de tiempo, desde la noche del {night}, antes de que se anotara ninguna noche de las semanas emparejadas: no hay noches anotadas que comparar.</translation>
    </message>
    <message>
        <source>Provisional: none of the {planned} nights of the paired weeks is recorded yet.</source>
        <translation>Provisional: aún no está anotada ninguna de las {planned} noches de las semanas emparejadas.</translation>
    </message>
    <message>
        <source>Provisional: {recorded} of the {planned} nights of the paired weeks are recorded so far, and an early look needs a clearer difference to say the routine helped.</source>
        <translation>Provisional: de momento hay {recorded} de las {planned} noches de las semanas emparejadas anotadas, y una mirada temprana necesita una diferencia más clara para decir que la rutina ayudó.</translation>
    </message>
    <message>
        <source>You stopped the trial early, from the night of {night}; the result covers the nights before, and an early stop needs a clearer difference to say the routine helped.</source>
        <translation>Terminaste la prueba antes de tiempo, desde la noche del {night}; el resultado cubre las noches anteriores, y un final anticipado necesita una diferencia más clara para decir que la rutina ayudó.</translation>
    </message>
    <message>
        <source>Can&apos;t tell yet: at least {least} pairs of weeks with recorded nights are needed, since one bad week could decide a single pair.</source>
        <translation>Aún no se puede saber: hacen falta al menos {least} parejas de semanas con noches anotadas, porque una mala semana podría decidir una sola pareja.</translation>
    </message>
    <message>
        <source>Can&apos;t tell yet: too few recorded nights ({routine_nights} in routine weeks and {other_nights} in no-stretching weeks; at least {least} of each are needed).</source>
        <translation>Aún no se puede saber: muy pocas noches anotadas ({routine_nights} en semanas con rutina y {other_nights} en semanas sin estiramientos; hacen falta al menos {least} de cada tipo).</translation>
    </message>
    <message>
        <source>No clear difference: you had no cramps in either kind of week.</source>
        <translation>Sin diferencia clara: no tuviste calambres en ningún tipo de semana.</translation>
    </message>
    <message>
        <source>The routine helped you: in the routine weeks you had {routine_rate} cramps a night, in the no-stretching weeks {other_rate}; that is {change} ({interval}).</source>
        <translation>La rutina te ayudó: en las semanas con rutina tuviste {routine_rate} calambres por noche, en las semanas sin estiramientos {other_rate}; es decir, {change} ({interval}).</translation>
    </message>
    <message>
        <source>The routine did not help you: in the routine weeks you had {routine_rate} cramps a night, in the no-stretching weeks {other_rate}; that is {change} ({interval}).</source>
        <translation>La rutina no te ayudó: en las semanas con rutina tuviste {routine_rate} calambres por noche, en las semanas sin estiramientos {other_rate}; es decir, {change} ({interval}).</translation>
    </message>
    <message>
        <source>No clear difference: in the routine weeks you had {routine_rate} cramps a night, in the no-stretching weeks {other_rate}; that is {change} ({interval}), which chance alone could give.</source>
        <translation>Sin diferencia clara: en las semanas con rutina tuviste {routine_rate} calambres por noche, en las semanas sin estiramientos {other_rate}; es decir, {change} ({interval}), algo que el azar por sí solo podría dar.</translation>
    </message>
    <message>
        <source>No night of the paired weeks is recorded yet, so none to count.</source>
        <translation>Aún no hay ninguna noche anotada de las semanas emparejadas, así que no hay nada que contar.</translation>
    </message>
    <message>
        <source>The routine was done on {done} of {routine_nights} recorded nights of the routine weeks, and on {extra} of {other_nights} of the no-stretching weeks.</source>
        <translation>La rutina se hizo en {done} de {routine_nights} noches anotadas de las semanas con rutina, y en {extra} de {other_nights} de las semanas sin estiramientos.</translation>
    </message>
    <message>
        <source>Nights after the routine against other nights cannot show whether the routine helps you: cramps come and go by themselves, and simply trying something makes many people feel better. A personal trial can. It takes eight weeks. For the first two, go on as usual. Then come three pairs of weeks: in each pair, one week with the routine every night and one week with no stretching at all, in an order the app draws at random. Each evening the app tells you which kind of week it is (and stays quiet on no-stretching weeks). Answer the morning check-in every day: only recorded nights count. At the end the app compares the two kinds of week and says plainly whether the routine helped you. You can stop at any time.</source>
        <translation>Comparar las noches después de la rutina con las demás no puede mostrar si la rutina te ayuda: los calambres van y vienen solos, y el simple hecho de probar algo hace que mucha gente se sienta mejor. Una prueba personal sí puede. Dura ocho semanas. Las dos primeras, sigue como siempre. Después vienen tres parejas de semanas: en cada pareja, una semana con la rutina todas las noches y una semana sin ningún estiramiento, en un orden que la aplicación sortea al azar. Cada tarde la aplicación te dice qué tipo de semana es (y no te recuerda nada en las semanas sin estiramientos). Responde la anotación de la mañana cada día: solo cuentan las noches anotadas. Al final la aplicación compara los dos tipos de semana y te dice claramente si la rutina te ayudó. Puedes parar cuando quieras.</translation>
    </message>
    <message>
        <source>Find out for yourself</source>
        <translation>Compruébalo tú mismo</translation>
    </message>
    <message>
        <source>The result so far</source>
        <translation>El resultado hasta ahora</translation>
    </message>
    <message>
        <source>Start a personal trial…</source>
        <translation>Empezar una prueba personal…</translation>
    </message>
    <message>
        <source>Starts an eight-week trial tonight, after asking</source>
        <translation>Empieza una prueba de ocho semanas esta noche, después de preguntar</translation>
    </message>
    <message>
        <source>Stop the trial early…</source>
        <translation>Parar la prueba antes de tiempo…</translation>
    </message>
    <message>
        <source>Stops the trial from tonight on, after asking; the result so far stays</source>
        <translation>Para la prueba a partir de esta noche, después de preguntar; el resultado hasta ahora se queda</translation>
    </message>
    <message>
        <source>Your trial from {start} was stopped early, from the night of {night}.</source>
        <translation>Tu prueba del {start} se paró antes de tiempo, a partir de la noche del {night}.</translation>
    </message>
    <message>
        <source>Your trial from {start} to {end} is over.</source>
        <translation>Tu prueba del {start} al {end} ha terminado.</translation>
    </message>
    <message>
        <source>Your trial runs from {start} to {end}.</source>
        <translation>Tu prueba va del {start} al {end}.</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}.</source>
        <translation>Semana {week} de {weeks}.</translation>
    </message>
    <message>
        <source>Recorded nights so far: {recorded} of the {passed} nights since it began ({weeks} weeks in all: {baseline} as usual, then {pairs} pairs).</source>
        <translation>Noches anotadas hasta ahora: {recorded} de las {passed} noches desde que empezó ({weeks} semanas en total: {baseline} como siempre y luego {pairs} parejas).</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>Start your personal trial tonight? It lasts eight weeks, until the night of {end}. Answer the morning check-in every day.</source>
        <translation>¿Empezar tu prueba personal esta noche? Dura ocho semanas, hasta la noche del {end}. Responde la anotación de la mañana cada día.</translation>
    </message>
    <message>
        <source>Start a personal trial?</source>
        <translation>¿Empezar una prueba personal?</translation>
    </message>
    <message>
        <source>Stop the trial early?</source>
        <translation>¿Parar la prueba antes de tiempo?</translation>
    </message>
    <message>
        <source>Stop your personal trial from tonight on? The result will cover the nights before and will say that the trial was stopped early. This cannot be undone.</source>
        <translation>¿Parar tu prueba personal a partir de esta noche? El resultado cubrirá las noches anteriores y dirá que la prueba se paró antes de tiempo. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Install speech-dispatcher and espeak-ng to hear the steps spoken.</source>
        <translation>Instala speech-dispatcher y espeak-ng para oír los pasos en voz alta.</translation>
    </message>
    <message>
        <source>Spoken guidance needs speech-dispatcher, which is not available on this system.</source>
        <translation>La guía hablada necesita speech-dispatcher, que no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>The steps cannot be spoken: speech-dispatcher did not answer.</source>
        <translation>No se pueden decir los pasos en voz alta: speech-dispatcher no respondió.</translation>
    </message>
    <message>
        <source>The steps cannot be spoken: speech-dispatcher did not answer in time.</source>
        <translation>No se pueden decir los pasos en voz alta: speech-dispatcher no respondió a tiempo.</translation>
    </message>
    <message>
        <source>speech-dispatcher has no voice to speak with: install speech-dispatcher-espeak-ng (or another voice for it) to hear the steps spoken.</source>
        <translation>speech-dispatcher no tiene ninguna voz con la que hablar: instala speech-dispatcher-espeak-ng (u otra voz para él) para oír los pasos.</translation>
    </message>
    <message>
        <source>speech-dispatcher took the sample but did not say it: its sound output may not work here (its AudioOutputMethod setting).</source>
        <translation>speech-dispatcher recibió la muestra pero no la dijo: puede que su salida de sonido no funcione aquí (su ajuste AudioOutputMethod).</translation>
    </message>
</context>
<context>
    <name>Walking</name>
    <message>
        <source>A walk&apos;s time needs its time zone.</source>
        <translation>La hora de un paseo necesita su zona horaria.</translation>
    </message>
    <message>
        <source>A walk&apos;s time must be from 1970 to 2100.</source>
        <translation>La hora de un paseo debe estar entre 1970 y 2100.</translation>
    </message>
    <message>
        <source>A walk lasts more than 0 minutes and at most a day.</source>
        <translation>Un paseo dura más de 0 minutos y como mucho un día.</translation>
    </message>
    <message>
        <source>The pain must start during the walk: from 0 to its length.</source>
        <translation>El dolor debe empezar durante el paseo: de 0 a su duración.</translation>
    </message>
    <message>
        <source>A walk&apos;s distance is more than 0 and at most {most} m.</source>
        <translation>La distancia de un paseo es mayor que 0 y como mucho {most} m.</translation>
    </message>
    <message>
        <source>The pain must start during the walk: from 0 m to its distance.</source>
        <translation>El dolor debe empezar durante el paseo: de 0 m a su distancia.</translation>
    </message>
    <message>
        <source>Keep to walks of about {minutes} minutes, at least {times} times a week: walk until the pain is moderate, rest until it goes, then go on.</source>
        <translation>Mantén paseos de unos {minutes} minutos, al menos {times} veces por semana: camina hasta que el dolor sea moderado, descansa hasta que se vaya y sigue.</translation>
    </message>
    <message>
        <source>This week: walk about {minutes} minutes, at least {times} times. Walk until the pain is moderate, rest until it goes, then go on. Little by little, the aim is {low}-{high} minutes.</source>
        <translation>Esta semana: camina unos {minutes} minutos, al menos {times} veces. Camina hasta que el dolor sea moderado, descansa hasta que se vaya y sigue. Poco a poco, el objetivo son {low}-{high} minutos.</translation>
    </message>
    <message>
        <source>This log is for calf or hip pain that comes on when you walk and eases when you rest. That pain can mean the arteries of the legs are narrowed, which needs a diagnosis: see a doctor about it before you start, especially with diabetes, if you smoke, or with high blood pressure or cholesterol. Get help at once for a leg that suddenly goes cold, numb or cannot move, or pain at rest that keeps getting worse.</source>
        <translation>Este registro es para el dolor de pantorrilla o de cadera que aparece al caminar y se alivia al descansar. Ese dolor puede indicar que las arterias de las piernas se han estrechado, lo que necesita un diagnóstico: consulta a un médico antes de empezar, sobre todo si tienes diabetes, si fumas o si tienes la tensión o el colesterol altos. Busca ayuda enseguida si una pierna se queda de repente fría, dormida o no se puede mover, o si el dolor en reposo va a peor.</translation>
    </message>
    <message>
        <source>Walking log</source>
        <translation>Registro de paseos</translation>
    </message>
    <message>
        <source>A doctor has seen this pain: show the walking log</source>
        <translation>Un médico ha visto este dolor: mostrar el registro de paseos</translation>
    </message>
    <message>
        <source>Shows the walking log, once a doctor has seen the pain</source>
        <translation>Muestra el registro de paseos, una vez que un médico haya visto el dolor</translation>
    </message>
    <message>
        <source>The day of the walk: today, or a day before</source>
        <translation>El día del paseo: hoy o un día anterior</translation>
    </message>
    <message>
        <source>Day of the walk</source>
        <translation>Día del paseo</translation>
    </message>
    <message>
        <source>how long?</source>
        <translation>¿cuánto?</translation>
    </message>
    <message>
        <source>How long the whole walk took</source>
        <translation>Cuánto duró el paseo entero</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>How far the whole walk went, if you know</source>
        <translation>Cuánto recorriste en todo el paseo, si lo sabes</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>After how many minutes of walking the pain began, if it did</source>
        <translation>A los cuántos minutos de caminar empezó el dolor, si empezó</translation>
    </message>
    <message>
        <source>After how many metres the pain began, if it did and you know</source>
        <translation>A cuántos metros empezó el dolor, si empezó y lo sabes</translation>
    </message>
    <message>
        <source>I needed to rest on the way</source>
        <translation>Tuve que descansar por el camino</translation>
    </message>
    <message>
        <source>Tick it if you had to stop and rest before going on</source>
        <translation>Márcalo si tuviste que parar y descansar antes de seguir</translation>
    </message>
    <message>
        <source>Log this walk</source>
        <translation>Anotar este paseo</translation>
    </message>
    <message>
        <source>Adds this walk to the log</source>
        <translation>Añade este paseo al registro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Walked for</source>
        <translation>Caminé durante</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Pain began after</source>
        <translation>El dolor empezó a los</translation>
    </message>
    <message>
        <source>Walked</source>
        <translation>Caminado</translation>
    </message>
    <message>
        <source>Pain-free</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Rests</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <source>Your walks of the last 12 weeks, newest first</source>
        <translation>Tus paseos de las últimas 12 semanas, el más reciente primero</translation>
    </message>
    <message>
        <source>Walks, newest first</source>
        <translation>Paseos, el más reciente primero</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deletes the selected walk, after asking</source>
        <translation>Elimina el paseo seleccionado, tras preguntar</translation>
    </message>
    <message>
        <source>Minutes walked a week, the last {weeks} weeks (dashed: the aim)</source>
        <translation>Minutos caminados por semana, las últimas {weeks} semanas (discontinua: el objetivo)</translation>
    </message>
    <message>
        <source>Say how long the walk took, in minutes.</source>
        <translation>Indica cuánto duró el paseo, en minutos.</translation>
    </message>
    <message>
        <source>A walk cannot be logged for a future day.</source>
        <translation>No se puede anotar un paseo en un día futuro.</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Anotado.</translation>
    </message>
    <message>
        <source>Delete walk</source>
        <translation>Eliminar paseo</translation>
    </message>
    <message>
        <source>Delete the walk of {day} ({amount}) from the log?</source>
        <translation>¿Eliminar del registro el paseo del {day} ({amount})?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} m</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
</context>
<context>
    <name>Water</name>
    <message>
        <source>Water today</source>
        <translation>Agua de hoy</translation>
    </message>
    <message>
        <source>Add a glass</source>
        <translation>Añadir un vaso</translation>
    </message>
    <message>
        <source>Ticks off the next glass of today</source>
        <translation>Marca el siguiente vaso de hoy</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Takes back the last glass of today</source>
        <translation>Quita el último vaso de hoy</translation>
    </message>
    <message>
        <source>6-8 glasses a day is the usual advice for your health in general, unless your doctor has limited your fluids. It is not a way to prevent cramps: reviews find no link between drinking water and night cramps.</source>
        <translation>De 6 a 8 vasos al día es el consejo habitual para tu salud en general, salvo que tu médico te haya limitado los líquidos. No es una forma de prevenir los calambres: las revisiones no encuentran relación entre beber agua y los calambres nocturnos.</translation>
    </message>
    <message>
        <source>Click an empty glass to tick it off with those before it, or the last glass ticked to take it back</source>
        <translation>Haz clic en un vaso vacío para marcarlo junto con los anteriores, o en el último vaso marcado para quitarlo</translation>
    </message>
    <message>
        <source>Glass {number}, drunk</source>
        <translation>Vaso {number}, bebido</translation>
    </message>
    <message>
        <source>Glass {number}, not yet</source>
        <translation>Vaso {number}, todavía no</translation>
    </message>
    <message>
        <source>{count} of {goal} glasses today: {left} more to your goal.</source>
        <translation>{count} de {goal} vasos hoy: {left} más para tu meta.</translation>
    </message>
    <message>
        <source>{count} of {goal} glasses today.</source>
        <translation>{count} de {goal} vasos hoy.</translation>
    </message>
    <message>
        <source>Ticked {ticked} glasses: {count} of {goal} today.</source>
        <translation>Has marcado {ticked} vasos: {count} de {goal} hoy.</translation>
    </message>
    <message>
        <source>At least {mark} a day is advised.</source>
        <translation>Se aconsejan al menos {mark} al día.</translation>
    </message>
    <message>
        <source>1 day in a row at your goal.</source>
        <translation>1 día seguido en tu objetivo.</translation>
    </message>
    <message>
        <source>{days} days in a row at your goal.</source>
        <translation>{days} días seguidos en tu objetivo.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Bedtime Coach</source>
        <translation>Bienvenido a Bedtime Coach</translation>
    </message>
    <message>
        <source>Each evening Bedtime Coach walks you through a few minutes of calf stretches before bed, with a figure to follow and sounds that say when to hold and when to rest. It reminds you at bedtime from the tray, keeps count of your glasses of water, and keeps a private diary of cramps, so you can see whether the routine helps. Everything stays on this computer.</source>
        <translation>Cada noche, Bedtime Coach te guía durante unos minutos de estiramientos de pantorrilla antes de dormir, con una figura que seguir y sonidos que indican cuándo mantener y cuándo descansar. Te lo recuerda a la hora de dormir desde la bandeja del sistema, lleva la cuenta de tus vasos de agua y guarda un diario privado de calambres, para que veas si la rutina ayuda. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Lee esto primero, por favor</translation>
    </message>
    <message>
        <source>I have read and understood this</source>
        <translation>Lo he leído y lo entiendo</translation>
    </message>
    <message>
        <source>Tick it once you have read the notice; Next waits for it</source>
        <translation>Márcalo cuando hayas leído el aviso; Siguiente espera a que lo hagas</translation>
    </message>
    <message>
        <source>The warning signs:</source>
        <translation>Las señales de alarma:</translation>
    </message>
    <message>
        <source>Your evening</source>
        <translation>Tu noche</translation>
    </message>
    <message>
        <source>When the nightly reminder comes; the settings can change it</source>
        <translation>Cuándo llega el recordatorio de cada noche; se puede cambiar en la configuración</translation>
    </message>
    <message>
        <source> glasses a day</source>
        <translation> vasos al día</translation>
    </message>
    <message>
        <source>How many glasses of water a day you aim for</source>
        <translation>Cuántos vasos de agua al día te propones beber</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Reproducir un sonido</translation>
    </message>
    <message>
        <source>Plays the sound that starts a hold, to check the volume</source>
        <translation>Reproduce el sonido que empieza un estiramiento, para comprobar el volumen</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Recordármelo a las</translation>
    </message>
    <message>
        <source>Water goal</source>
        <translation>Objetivo de agua</translation>
    </message>
    <message>
        <source>Sound test</source>
        <translation>Prueba de sonido</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Guía hablada</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Decir los pasos en voz alta</translation>
    </message>
    <message>
        <source>Says each step, hold and rest, for following with eyes closed</source>
        <translation>Dice cada paso, cuándo mantener y cuándo descansar, para seguirlo con los ojos cerrados</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <source>Says a step as the routine would</source>
        <translation>Dice un paso como lo haría la rutina</translation>
    </message>
    <message>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y sale</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignora el argumento explícito %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
