<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Tessera::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tessera %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tessera %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for the people who run a data mesh: a federated catalog of data products, lineage, pipeline runs, governance policies and transformation previews.</source>
        <translation>Eine Desktop-Werkbank für alle, die ein Data Mesh betreiben: ein föderierter Katalog von Datenprodukten, Datenherkunft, Pipeline-Läufe, Governance-Richtlinien und Vorschauen von Transformationen.</translation>
    </message>
    <message>
        <source>%1 (Qt&apos;s driver: %2)</source>
        <translation>%1 (Treiber von Qt: %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>KF6 SyntaxHighlighting</source>
        <translation>KF6 SyntaxHighlighting</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries in use&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verwendete Bibliotheken&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit …</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Tessera::Application</name>
    <message>
        <source>Try &quot;tessera --help&quot; for the options.</source>
        <translation>„tessera --help“ zeigt die Optionen.</translation>
    </message>
</context>
<context>
    <name>Tessera::Badges</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n unveränderte Zeile</numerusform>
            <numerusform>%n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
</context>
<context>
    <name>Tessera::Catalog</name>
    <message>
        <source>wk</source>
        <translation>Wo.</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>J.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>latency ≤ %1</source>
        <translation>Latenz ≤ %1</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <source>kept for %1</source>
        <translation>aufbewahrt für %1</translation>
    </message>
    <message>
        <source>updated every %1</source>
        <translation>aktualisiert alle %1</translation>
    </message>
    <message>
        <source>error rate ≤ %1</source>
        <translation>Fehlerrate ≤ %1</translation>
    </message>
    <message>
        <source>throughput ≥ %1</source>
        <translation>Durchsatz ≥ %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>verfügbar %1</translation>
    </message>
    <message>
        <source>generally available from %1</source>
        <translation>allgemein verfügbar ab %1</translation>
    </message>
    <message>
        <source>supported until %1</source>
        <translation>unterstützt bis %1</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>Betriebsende %1</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>service levels</source>
        <translation>Service-Levels</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingangsports</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogLocation</name>
    <message>
        <source>No catalog given: name a catalog file or a postgresql:// URL.</source>
        <translation>Kein Katalog angegeben: Nennen Sie eine Katalogdatei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>The catalog URL contains a password. Leave it out: Tessera asks for it and keeps it in the system keychain.</source>
        <translation>Die Katalog-URL enthält ein Passwort. Lassen Sie es weg: Tessera fragt danach und bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>The catalog URL names no database; write it as postgresql://user@host/database.</source>
        <translation>Die Katalog-URL nennt keine Datenbank; schreiben Sie sie als postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>Unknown kind of catalog location &quot;%1&quot;: use a file path or a postgresql:// URL.</source>
        <translation>Unbekannte Art von Katalogort „%1“: Verwenden Sie einen Dateipfad oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>%1 is a folder; a catalog is a file.</source>
        <translation>%1 ist ein Ordner; ein Katalog ist eine Datei.</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>lokaler Server</translation>
    </message>
    <message>
        <source>The catalog URL is not valid; write it as postgresql://user@host/database, with options after a &quot;?&quot; (sslmode=verify-full, ...).</source>
        <translation>Die Katalog-URL ist nicht gültig; schreiben Sie sie als postgresql://benutzer@host/datenbank, Optionen nach einem „?“ (sslmode=verify-full, …).</translation>
    </message>
    <message>
        <source>The catalog URL contains a password (%1). Leave it out: Tessera asks for it and keeps it in the system keychain.</source>
        <translation>Die Katalog-URL enthält ein Passwort (%1). Lassen Sie es weg: Tessera fragt danach und bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>The catalog URL&apos;s option &quot;%1&quot; is not taken: name the server, login and database in the URL itself (postgresql://user@host:port/database); the options Tessera takes are %2.</source>
        <translation>Die Option „%1“ der Katalog-URL wird nicht angenommen: Nennen Sie Server, Anmeldung und Datenbank in der URL selbst (postgresql://benutzer@host:port/datenbank); Tessera nimmt die Optionen %2 an.</translation>
    </message>
    <message>
        <source>The catalog URL&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Der Port „%1“ der Katalog-URL ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The catalog URL&apos;s option &quot;%1&quot; holds a space or a quote, which libpq would misread.</source>
        <translation>Die Option „%1“ der Katalog-URL enthält ein Leerzeichen oder ein Anführungszeichen, das libpq falsch lesen würde.</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogStore</name>
    <message>
        <source>%1 failed in the catalog %2: %3</source>
        <translation>%1 ist im Katalog %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The database driver for %1 is not available.</source>
        <translation>Der Datenbanktreiber für %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Tessera (catalog schema %2; this Tessera knows up to %3). Update Tessera to open it.</source>
        <translation>Der Katalog %1 wurde von einem neueren Tessera geschrieben (Katalogschema %2; dieses Tessera kennt bis %3). Aktualisieren Sie Tessera, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Could not bring the catalog %1 to schema %2: %3</source>
        <translation>Der Katalog %1 konnte nicht auf Schema %2 gebracht werden: %3</translation>
    </message>
    <message>
        <source>Reading the domains</source>
        <translation>Das Lesen der Domänen</translation>
    </message>
    <message>
        <source>Reading the teams</source>
        <translation>Das Lesen der Teams</translation>
    </message>
    <message>
        <source>Reading the team members</source>
        <translation>Das Lesen der Teammitglieder</translation>
    </message>
    <message>
        <source>Counting the products</source>
        <translation>Das Zählen der Produkte</translation>
    </message>
    <message>
        <source>Reading the product %1</source>
        <translation>Das Lesen des Produkts %1</translation>
    </message>
    <message>
        <source>Removing the old rows of %1</source>
        <translation>Das Entfernen der alten Zeilen von %1</translation>
    </message>
    <message>
        <source>Writing the product %1</source>
        <translation>Das Schreiben des Produkts %1</translation>
    </message>
    <message>
        <source>Preparing a statement failed in the catalog %1: %2</source>
        <translation>Das Vorbereiten einer Anweisung ist im Katalog %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the end of the audit log</source>
        <translation>Das Lesen des Endes des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Das Schreiben des Prüfprotokolls</translation>
    </message>
    <message>
        <source>A product needs an id, a name and a domain.</source>
        <translation>Ein Produkt braucht eine ID, einen Namen und eine Domäne.</translation>
    </message>
    <message>
        <source>%1 was removed by someone else after you started editing it.</source>
        <translation>%1 wurde von jemand anderem entfernt, nachdem Sie mit der Bearbeitung begonnen hatten.</translation>
    </message>
    <message>
        <source>A product with the id %1 already exists.</source>
        <translation>Ein Produkt mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you started editing it (your edit started from revision %4, the catalog has revision %5).</source>
        <translation>%1 wurde von %2 um %3 geändert, nachdem Sie mit der Bearbeitung begonnen hatten (Ihre Bearbeitung beruht auf Revision %4, der Katalog hat Revision %5).</translation>
    </message>
    <message>
        <source>%1 is not in the catalog (any more).</source>
        <translation>%1 ist nicht (mehr) im Katalog.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you looked at it; it was not removed.</source>
        <translation>%1 wurde von %2 geändert, nachdem Sie es angesehen hatten; es wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Writing the domain %1</source>
        <translation>Das Schreiben der Domäne %1</translation>
    </message>
    <message>
        <source>Writing the team %1</source>
        <translation>Das Schreiben des Teams %1</translation>
    </message>
    <message>
        <source>Writing the members of the team %1</source>
        <translation>Das Schreiben der Mitglieder des Teams %1</translation>
    </message>
    <message>
        <source>A product needs an id, a name and a domain (%1).</source>
        <translation>Ein Produkt braucht eine ID, einen Namen und eine Domäne (%1).</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Das Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>Eintrag %1 schließt nicht an den vorigen Eintrag an</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>Das Prüfprotokoll ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The audit log is broken: entries after %1 were removed.</source>
        <translation>Das Prüfprotokoll ist beschädigt: Einträge nach %1 wurden entfernt.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Das Suchen</translation>
    </message>
    <message>
        <source>Counting the facets</source>
        <translation>Das Zählen der Facetten</translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation>Das Lesen der Quellen</translation>
    </message>
    <message>
        <source>Writing the source %1</source>
        <translation>Das Schreiben der Quelle %1</translation>
    </message>
    <message>
        <source>Removing the source %1</source>
        <translation>Das Entfernen der Quelle %1</translation>
    </message>
    <message>
        <source>Reading the products of the source %1</source>
        <translation>Das Lesen der Produkte der Quelle %1</translation>
    </message>
    <message>
        <source>Finding datasets and columns</source>
        <translation>Das Suchen von Datasets und Spalten</translation>
    </message>
    <message>
        <source>Writing the lineage of ingested events</source>
        <translation>Schreiben der Herkunft eingelesener Ereignisse</translation>
    </message>
    <message>
        <source>Writing the lineage of the source %1</source>
        <translation>Schreiben der Herkunft der Quelle %1</translation>
    </message>
    <message>
        <source>Reading the lineage</source>
        <translation>Lesen der Herkunft</translation>
    </message>
    <message>
        <source>Reading the column lineage</source>
        <translation>Lesen der Spaltenherkunft</translation>
    </message>
    <message>
        <source>Reading the products for the lineage</source>
        <translation>Lesen der Produkte für die Herkunft</translation>
    </message>
    <message>
        <source>Reading the datasets for the lineage</source>
        <translation>Lesen der Datensätze für die Herkunft</translation>
    </message>
    <message>
        <source>Reading the columns for the lineage</source>
        <translation>Lesen der Spalten für die Herkunft</translation>
    </message>
    <message>
        <source>Reading the input ports for the lineage</source>
        <translation>Lesen der Eingangsports für die Herkunft</translation>
    </message>
    <message>
        <source>Reading the service levels for the lineage</source>
        <translation>Die Service-Level für die Herkunft werden gelesen</translation>
    </message>
    <message>
        <source>Ingesting OpenLineage events</source>
        <translation>OpenLineage-Ereignisse werden übernommen</translation>
    </message>
    <message>
        <source>Reading the runs</source>
        <translation>Die Läufe werden gelesen</translation>
    </message>
    <message>
        <source>Reading the datasets of runs</source>
        <translation>Die Datensätze der Läufe werden gelesen</translation>
    </message>
    <message>
        <source>Reading the run %1</source>
        <translation>Der Lauf %1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the events of the run %1</source>
        <translation>Die Ereignisse des Laufs %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading the facets of the job %1</source>
        <translation>Die Facetten des Jobs %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading the facets of the dataset %1</source>
        <translation>Die Facetten des Datensatzes %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Produkte lesen</translation>
    </message>
    <message>
        <source>Reading the %1 of %2</source>
        <translation>%1 von %2 lesen</translation>
    </message>
    <message>
        <source>Reading the %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>service levels</source>
        <translation>Service-Levels</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>column tags</source>
        <translation>Spalten-Schlagwörter</translation>
    </message>
    <message>
        <source>quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <source>input ports</source>
        <translation>Eingangsports</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>A policy file is published under its file name, not “%1”.</source>
        <translation>Eine Richtliniendatei wird unter ihrem Dateinamen veröffentlicht, nicht als „%1“.</translation>
    </message>
    <message>
        <source>Reading the published versions of %1</source>
        <translation>Das Lesen der veröffentlichten Versionen von %1</translation>
    </message>
    <message>
        <source>%1 was published as version %2 by someone else after you looked at it (you saw version %3): nothing was published. Look at their version first.</source>
        <translation>%1 wurde von jemand anderem als Version %2 veröffentlicht, nachdem Sie sie angesehen hatten (Sie sahen Version %3): nichts wurde veröffentlicht. Sehen Sie sich zuerst deren Version an.</translation>
    </message>
    <message>
        <source>Publishing %1</source>
        <translation>Das Veröffentlichen von %1</translation>
    </message>
    <message>
        <source>Reading the published policies</source>
        <translation>Das Lesen der veröffentlichten Richtlinien</translation>
    </message>
    <message>
        <source>Recording the compliance trend</source>
        <translation>Das Aufzeichnen des Compliance-Verlaufs</translation>
    </message>
    <message>
        <source>Reading the compliance trend</source>
        <translation>Das Lesen des Compliance-Verlaufs</translation>
    </message>
    <message>
        <source>A saved preview needs a name.</source>
        <translation>Eine gespeicherte Vorschau braucht einen Namen.</translation>
    </message>
    <message>
        <source>A saved preview is a query (sql) or a recipe, not “%1”.</source>
        <translation>Eine gespeicherte Vorschau ist eine Abfrage (sql) oder ein Rezept, nicht „%1“.</translation>
    </message>
    <message>
        <source>Saving the preview %1 of %2</source>
        <translation>Das Speichern der Vorschau %1 von %2</translation>
    </message>
    <message>
        <source>Removing the preview %1 of %2</source>
        <translation>Das Entfernen der Vorschau %1 von %2</translation>
    </message>
    <message>
        <source>Reading the previews of %1</source>
        <translation>Das Lesen der Vorschauen von %1</translation>
    </message>
    <message>
        <source>Attaching a sample to %1 of %2</source>
        <translation>Das Anhängen einer Stichprobe an %1 von %2</translation>
    </message>
    <message>
        <source>Reading the samples of %1</source>
        <translation>Das Lesen der Stichproben von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged, so Tessera keeps it read-only: nothing more is written to it. Restore it from a backup, or export what it still shows into a new catalog.</source>
        <translation>Der Katalog %1 ist beschädigt, daher hält Tessera ihn schreibgeschützt: Es wird nichts mehr hineingeschrieben. Stellen Sie ihn aus einer Sicherung wieder her oder exportieren Sie, was er noch zeigt, in einen neuen Katalog.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server did not let %1 remove the rows of %2; nothing was changed.</source>
        <translation>Der Server des Katalogs hat %1 die Zeilen von %2 nicht entfernen lassen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1: das Feld „%2“ %3.</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>Die Domäne %1</translation>
    </message>
    <message>
        <source>The team %1</source>
        <translation>Das Team %1</translation>
    </message>
    <message>
        <source>The product %1</source>
        <translation>Das Produkt %1</translation>
    </message>
    <message>
        <source>Removing the previews and samples of %1</source>
        <translation>Die Vorschauen und Stichproben von %1 werden entfernt</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogViews</name>
    <message>
        <source>Could not build the policies&apos; views (%1): %2</source>
        <translation>Die Sichten der Richtlinien konnten nicht aufgebaut werden (%1): %2</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <source>not allowed in a condition: only reading %1 and calling %2</source>
        <translation>in einer Bedingung nicht erlaubt: nur Lesen von %1 und Aufrufe von %2</translation>
    </message>
    <message>
        <source>a condition is one expression, not several statements</source>
        <translation>eine Bedingung ist ein Ausdruck, nicht mehrere Anweisungen</translation>
    </message>
    <message>
        <source>the condition took too long (more than %1 million steps) and was stopped</source>
        <translation>die Bedingung brauchte zu lange (mehr als %1 Millionen Schritte) und wurde angehalten</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the policies&apos; views: %1</source>
        <translation>Konnte keinen temporären Ordner für die Sichten der Richtlinien anlegen: %1</translation>
    </message>
    <message>
        <source>Could not open a database for the policies&apos; views in %1.</source>
        <translation>Konnte keine Datenbank für die Sichten der Richtlinien in %1 öffnen.</translation>
    </message>
    <message>
        <source>Could not update the policies&apos; views (%1): %2</source>
        <translation>Konnte die Sichten der Richtlinien nicht aktualisieren (%1): %2</translation>
    </message>
    <message>
        <source>products has no column %1</source>
        <translation>products hat keine Spalte %1</translation>
    </message>
    <message>
        <source>a query is one statement, not several</source>
        <translation>eine Abfrage ist eine Anweisung, nicht mehrere</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Tessera::Cli</name>
    <message>
        <source>tessera-cli info: unexpected argument &quot;%1&quot;</source>
        <translation>tessera-cli info: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Tessera %1</source>
        <translation>Tessera %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>SQLite: %1 (Qt&apos;s driver: %2)</source>
        <translation>SQLite: %1 (Treiber von Qt: %2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>PostgreSQL driver: %1</source>
        <translation>PostgreSQL-Treiber: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>Show the versions of Tessera and its libraries, and check the SQLite driver.</source>
        <translation>Zeigt die Versionen von Tessera und seinen Bibliotheken und prüft den SQLite-Treiber.</translation>
    </message>
    <message>
        <source>Write machine-readable JSON instead of text.</source>
        <translation>Maschinenlesbares JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation>BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Try &quot;tessera-cli --help&quot;.</source>
        <translation>Siehe „tessera-cli --help“.</translation>
    </message>
    <message>
        <source>tessera-cli: no command given.</source>
        <translation>tessera-cli: Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>tessera-cli: unknown command &quot;%1&quot;. Try &quot;tessera-cli --help&quot;.</source>
        <translation>tessera-cli: Unbekannter Befehl „%1“. Siehe „tessera-cli --help“.</translation>
    </message>
    <message>
        <source>Tessera&apos;s command line, for scripts and continuous integration.</source>
        <translation>Die Kommandozeile von Tessera, für Skripte und kontinuierliche Integration.</translation>
    </message>
    <message>
        <source>Check ODCS, ODPS and DPDS files (or folders of them) against their standards: validate FILE...</source>
        <translation>ODCS-, ODPS- und DPDS-Dateien (oder Ordner davon) gegen ihre Standards prüfen: validate DATEI...</translation>
    </message>
    <message>
        <source>tessera-cli validate: name the files or folders to check.</source>
        <translation>tessera-cli validate: Nennen Sie die zu prüfenden Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>tessera-cli validate: %1: no such file or folder</source>
        <translation>tessera-cli validate: %1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>tessera-cli validate: no standard files (*.odcs.yaml, *.odps.yaml, *.dpds.yaml) found</source>
        <translation>tessera-cli validate: keine Standarddateien (*.odcs.yaml, *.odps.yaml, *.dpds.yaml) gefunden</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: valid %2 %3</source>
        <translation>%1: gültiger %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog: a file or a postgresql:// URL (default: your own).</source>
        <translation>Der Katalog: eine Datei oder eine postgresql://-URL (Vorgabe: Ihr eigener).</translation>
    </message>
    <message>
        <source>CATALOG</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <source>tessera-cli import: name the files or folders to import.</source>
        <translation>tessera-cli import: Nennen Sie die zu importierenden Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>tessera-cli import: %1: no such file or folder</source>
        <translation>tessera-cli import: %1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have problems.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Datei hat Probleme.</numerusform>
            <numerusform>Nichts wurde importiert: %n Dateien haben Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s) into %1</source>
        <translation>
            <numerusform>%n Produkt nach %1 importiert</numerusform>
            <numerusform>%n Produkte nach %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated.</source>
        <translation>%1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>The id of the product to export.</source>
        <translation>Die ID des zu exportierenden Produkts.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>Der Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>tessera-cli export: --product ID and --out DIR are needed.</source>
        <translation>tessera-cli export: --product ID und --out ORDNER werden benötigt.</translation>
    </message>
    <message>
        <source>tessera-cli export: %1</source>
        <translation>tessera-cli export: %1</translation>
    </message>
    <message>
        <source>no product %1 in the catalog</source>
        <translation>kein Produkt %1 im Katalog</translation>
    </message>
    <message>
        <source>tessera-cli export: cannot create the folder %1</source>
        <translation>tessera-cli export: Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>tessera-cli export: cannot write %1: %2</source>
        <translation>tessera-cli export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Only products with this facet value: domain=, owner=, tag=, classification=, status= (repeat for more).</source>
        <translation>Nur Produkte mit diesem Facettenwert: domain=, owner=, tag=, classification=, status= (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>How many results (default 20).</source>
        <translation>Wie viele Ergebnisse (Vorgabe 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also count the matches per facet value.</source>
        <translation>Auch die Treffer je Facettenwert zählen.</translation>
    </message>
    <message>
        <source>tessera-cli search: --limit needs a positive number</source>
        <translation>tessera-cli search: --limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>tessera-cli search: --facet %1: write it as NAME=VALUE</source>
        <translation>tessera-cli search: --facet %1: schreiben Sie es als NAME=WERT</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>Keine Produkte passen.</translation>
    </message>
    <message>
        <source>Find products: search [--catalog C] [--facet NAME=VALUE] [--facets] WORDS...</source>
        <translation>Produkte finden: search [--catalog K] [--facet NAME=WERT] [--facets] WÖRTER...</translation>
    </message>
    <message>
        <source>Import ODPS products and ODCS contracts into a catalog, all or nothing: import [--catalog C] PATH...</source>
        <translation>ODPS-Produkte und ODCS-Verträge in einen Katalog importieren, alles oder nichts: import [--catalog K] PFAD...</translation>
    </message>
    <message>
        <source>odcs: the product&apos;s data contracts; odps: its product file and its contracts.</source>
        <translation>odcs: die Datenverträge des Produkts; odps: seine Produktdatei und seine Verträge.</translation>
    </message>
    <message>
        <source>tessera-cli export: unknown --format &quot;%1&quot;; use odcs or odps.</source>
        <translation>tessera-cli export: unbekanntes --format „%1“; verwenden Sie odcs oder odps.</translation>
    </message>
    <message>
        <source>Write a product as standard files: export [--catalog C] --product ID [--format odcs|odps] --out DIR</source>
        <translation>Ein Produkt als Standarddateien schreiben: export [--catalog K] --product ID [--format odcs|odps] --out ORDNER</translation>
    </message>
    <message>
        <source>Added the source %1 (%2). Run &quot;tessera-cli source sync %1&quot; to read it.</source>
        <translation>Quelle %1 (%2) hinzugefügt. „tessera-cli source sync %1“ liest sie ein.</translation>
    </message>
    <message>
        <source>Removed the source %1 and its products.</source>
        <translation>Quelle %1 und ihre Produkte entfernt.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie abgeglichen</translation>
    </message>
    <message>
        <source>tessera-cli source: use &quot;source add NAME FOLDER&quot;, &quot;source list&quot;, &quot;source sync [NAME...]&quot;, &quot;source write-back PRODUCT&quot; or &quot;source remove NAME&quot;.</source>
        <translation>tessera-cli source: Verwenden Sie „source add NAME ORDNER“, „source list“, „source sync [NAME...]“, „source write-back PRODUKT“ oder „source remove NAME“.</translation>
    </message>
    <message>
        <source>Domain folders the catalog syncs from: source add NAME FOLDER | list | sync [NAME...] | write-back PRODUCT | remove NAME</source>
        <translation>Domänenordner, aus denen der Katalog abgleicht: source add NAME ORDNER | list | sync [NAME...] | write-back PRODUKT | remove NAME</translation>
    </message>
    <message>
        <source>Write the lineage graph: lineage [--catalog C] [--focus NODE --up N --down N] [--columns] --format dot|graphml|mermaid|svg|json [--out FILE]</source>
        <translation>Den Herkunftsgraphen schreiben: lineage [--catalog C] [--focus KNOTEN --up N --down N] [--columns] --format dot|graphml|mermaid|svg|json [--out DATEI]</translation>
    </message>
    <message>
        <source>What a change to a dataset or product reaches downstream: impact [--catalog C] NODE [--json] [--csv]</source>
        <translation>Was eine Änderung an einem Datensatz oder Produkt stromabwärts erreicht: impact [--catalog C] KNOTEN [--json] [--csv]</translation>
    </message>
    <message>
        <source>tessera-cli %1: warning: a cycle in the lineage: %2</source>
        <translation>tessera-cli %1: Warnung: ein Zyklus in der Herkunft: %2</translation>
    </message>
    <message>
        <source>Only the neighbourhood of a node: a product id, a dataset, or a job.</source>
        <translation>Nur die Umgebung eines Knotens: eine Produkt-ID, ein Datensatz oder ein Job.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>Hops upstream of the focus (default 2).</source>
        <translation>Schritte stromaufwärts des Fokus (Standard 2).</translation>
    </message>
    <message>
        <source>Hops downstream of the focus (default 2).</source>
        <translation>Schritte stromabwärts des Fokus (Standard 2).</translation>
    </message>
    <message>
        <source>Include column-level lineage.</source>
        <translation>Herkunft auf Spaltenebene einschließen.</translation>
    </message>
    <message>
        <source>dot, graphml, mermaid, svg or json.</source>
        <translation>dot, graphml, mermaid, svg oder json.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>One node per product.</source>
        <translation>Ein Knoten je Produkt.</translation>
    </message>
    <message>
        <source>One node per domain.</source>
        <translation>Ein Knoten je Domäne.</translation>
    </message>
    <message>
        <source>tessera-cli lineage: --format must be one of %1.</source>
        <translation>tessera-cli lineage: --format muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>tessera-cli lineage: --up and --down take a number of hops (0 or more).</source>
        <translation>tessera-cli lineage: --up und --down erwarten eine Anzahl Schritte (0 oder mehr).</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Herkunft von %1</translation>
    </message>
    <message>
        <source>tessera-cli lineage: no product, dataset or job named &quot;%1&quot; in the lineage.</source>
        <translation>tessera-cli lineage: kein Produkt, Datensatz oder Job namens „%1“ in der Herkunft.</translation>
    </message>
    <message>
        <source>Lineage of %1, %2 up and %3 down</source>
        <translation>Herkunft von %1, %2 aufwärts und %3 abwärts</translation>
    </message>
    <message>
        <source>tessera-cli lineage: cannot write %1: %2</source>
        <translation>tessera-cli lineage: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), %2 edge(s)</source>
        <translation>
            <numerusform>%1: %n Knoten, %2 Kante(n)</numerusform>
            <numerusform>%1: %n Knoten, %2 Kante(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write CSV (one row per dataset).</source>
        <translation>CSV schreiben (eine Zeile je Datensatz).</translation>
    </message>
    <message>
        <source>A product id, a dataset or a job.</source>
        <translation>Eine Produkt-ID, ein Datensatz oder ein Job.</translation>
    </message>
    <message>
        <source>tessera-cli impact: name one product, dataset or job.</source>
        <translation>tessera-cli impact: Nennen Sie ein Produkt, einen Datensatz oder einen Job.</translation>
    </message>
    <message>
        <source>tessera-cli impact: no product, dataset or job named &quot;%1&quot; in the lineage.</source>
        <translation>tessera-cli impact: kein Produkt, Datensatz oder Job namens „%1“ in der Herkunft.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) downstream:</source>
        <translation>
            <numerusform>%n Produkt stromabwärts:</numerusform>
            <numerusform>%n Produkte stromabwärts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) downstream:</source>
        <translation>
            <numerusform>%n Datensatz stromabwärts:</numerusform>
            <numerusform>%n Datensätze stromabwärts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Store OpenLineage events (NDJSON, JSON arrays or single events; - for standard input) as runs: ingest [--catalog C] FILE...</source>
        <translation>OpenLineage-Ereignisse (NDJSON, JSON-Listen oder einzelne Ereignisse; - für die Standardeingabe) als Läufe speichern: ingest [--catalog C] DATEI...</translation>
    </message>
    <message>
        <source>List pipeline runs, newest first: runs [--catalog C] [--job NAME] [--state STATE] [--limit N] [--json]</source>
        <translation>Pipeline-Läufe auflisten, neueste zuerst: runs [--catalog C] [--job NAME] [--state ZUSTAND] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Receive OpenLineage events over HTTP as Marquez does (POST /api/v1/lineage): receive [--catalog C] [--port P] [--address A [--allow-remote]]</source>
        <translation>OpenLineage-Ereignisse über HTTP empfangen wie Marquez (POST /api/v1/lineage): receive [--catalog C] [--port P] [--address A [--allow-remote]]</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>tessera-cli ingest: name the OpenLineage event files or folders to ingest (- reads standard input).</source>
        <translation>tessera-cli ingest: Nennen Sie die OpenLineage-Ereignisdateien oder -ordner (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>tessera-cli ingest: cannot read standard input</source>
        <translation>tessera-cli ingest: Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>tessera-cli ingest: %1: no such file or folder</source>
        <translation>tessera-cli ingest: %1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>tessera-cli ingest: warning: no event files (*.ndjson, *.jsonl, *.json) in %1</source>
        <translation>tessera-cli ingest: Warnung: keine Ereignisdateien (*.ndjson, *.jsonl, *.json) in %1</translation>
    </message>
    <message>
        <source>Nothing was ingested.</source>
        <translation>Nichts wurde übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>Ingested %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis übernommen</numerusform>
            <numerusform>%n Ereignisse übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 already known; %n run(s) updated.</source>
        <translation>
            <numerusform>%1 neu, %2 schon bekannt; %n Lauf aktualisiert.</numerusform>
            <numerusform>%1 neu, %2 schon bekannt; %n Läufe aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) rejected (see above).</source>
        <translation>
            <numerusform>%n Ereignis abgelehnt (siehe oben).</numerusform>
            <numerusform>%n Ereignisse abgelehnt (siehe oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the runs of this job (its name, or namespace/name).</source>
        <translation>Nur die Läufe dieses Jobs (sein Name oder Namensraum/Name).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only runs in this state: running, completed, failed, aborted.</source>
        <translation>Nur Läufe in diesem Zustand: running, completed, failed, aborted.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>At most this many runs, newest first (default 100; 0: all).</source>
        <translation>Höchstens so viele Läufe, neueste zuerst (Standard 100; 0: alle).</translation>
    </message>
    <message>
        <source>tessera-cli runs: --limit takes a number</source>
        <translation>tessera-cli runs: --limit erwartet eine Zahl</translation>
    </message>
    <message>
        <source>tessera-cli runs: unknown state %1 (running, completed, failed, aborted, new)</source>
        <translation>tessera-cli runs: unbekannter Zustand %1 (running, completed, failed, aborted, new)</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>Keine Läufe.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>The port to listen on (default 5000, as Marquez; 0: any free one).</source>
        <translation>Der Port, auf dem empfangen wird (Standard 5000 wie Marquez; 0: ein freier).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation>Die Adresse, auf der empfangen wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Allow an address other than loopback: other computers can then send events.</source>
        <translation>Eine andere Adresse als Loopback erlauben: Dann können andere Rechner Ereignisse senden.</translation>
    </message>
    <message>
        <source>tessera-cli receive: --port takes a number up to 65535 and --address an IP address</source>
        <translation>tessera-cli receive: --port erwartet eine Zahl bis 65535 und --address eine IP-Adresse</translation>
    </message>
    <message>
        <source>rejected (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Receiving OpenLineage events at %1 into %2; stop with Ctrl+C.</source>
        <translation>OpenLineage-Ereignisse werden unter %1 in %2 empfangen; beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>tessera-cli receive: cannot set up signal handling</source>
        <translation>tessera-cli receive: Die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Stopped: %1 event(s) stored, %2 request(s) rejected.</source>
        <translation>Beendet: %1 Ereignis(se) gespeichert, %2 Anfrage(n) abgelehnt.</translation>
    </message>
    <message>
        <source>Check policies against domain folders or a catalog, with the reasons: check --policies PATH [--catalog C] [FOLDER...] [--format text|json]</source>
        <translation>Richtlinien gegen Domänenordner oder einen Katalog prüfen, mit den Gründen: check --policies PATH [--catalog C] [FOLDER...] [--format text|json]</translation>
    </message>
    <message>
        <source>Policy files (*.policy.yaml) or folders of them.</source>
        <translation>Richtliniendateien (*.policy.yaml) oder Ordner mit solchen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (die Voreinstellung) oder json.</translation>
    </message>
    <message>
        <source>tessera-cli check: --format is text or json, not “%1”</source>
        <translation>tessera-cli check: --format ist text oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>tessera-cli check: name the policies with --policies PATH (files or folders)</source>
        <translation>tessera-cli check: nennen Sie die Richtlinien mit --policies PFAD (Dateien oder Ordner)</translation>
    </message>
    <message>
        <source>tessera-cli check: no policy files (*.policy.yaml) in %1</source>
        <translation>tessera-cli check: keine Richtliniendateien (*.policy.yaml) in %1</translation>
    </message>
    <message>
        <source>tessera-cli check: %1: no such file or folder</source>
        <translation>tessera-cli check: %1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>tessera-cli check: the domain files have errors; nothing was checked.</source>
        <translation>tessera-cli check: die Domänendateien haben Fehler; nichts wurde geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n product(s)</source>
        <translation>
            <numerusform>über %n Produkt</numerusform>
            <numerusform>über %n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n Verstoß</numerusform>
            <numerusform>%n Verstöße</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policies</source>
        <translation>
            <numerusform>%n Problem in den Richtlinien</numerusform>
            <numerusform>%n Probleme in den Richtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write the masking and access policies as Apache Ranger policy JSON.</source>
        <translation>Die Maskierungs- und Zugriffsrichtlinien zusätzlich als Apache-Ranger-Richtlinien-JSON schreiben.</translation>
    </message>
    <message>
        <source>The Ranger service the policies are for (default: hive).</source>
        <translation>Der Ranger-Dienst, für den die Richtlinien gelten (Standard: hive).</translation>
    </message>
    <message>
        <source>Also write the masking and access policies as Unity Catalog SQL.</source>
        <translation>Die Maskierungs- und Zugriffsrichtlinien zusätzlich als Unity-Catalog-SQL schreiben.</translation>
    </message>
    <message>
        <source>The Unity Catalog catalog the tables live in (default: main).</source>
        <translation>Der Unity-Catalog-Katalog, in dem die Tabellen liegen (Standard: main).</translation>
    </message>
    <message>
        <source>tessera-cli check: could not write %1: %2</source>
        <translation>tessera-cli check: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A sample (CSV, JSON lines, or a SQLite file as FILE:TABLE); it becomes a table named after the file. Repeat for more.</source>
        <translation>Eine Stichprobe (CSV, JSON Lines oder eine SQLite-Datei als DATEI:TABELLE); sie wird zu einer Tabelle mit dem Namen der Datei. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>The query to run (SQLite&apos;s dialect).</source>
        <translation>Die auszuführende Abfrage (im Dialekt von SQLite).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Whose view of the samples: analyst (the default), owner or steward.</source>
        <translation>Wessen Sicht auf die Stichproben: analyst (Vorgabe), owner oder steward.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Policy files or folders; their masking policies mask the samples. Product files found there describe the samples&apos; columns (a sample is the dataset of its file name).</source>
        <translation>Richtliniendateien oder -ordner; ihre Maskierungsrichtlinien maskieren die Stichproben. Dort gefundene Produktdateien beschreiben die Spalten der Stichproben (eine Stichprobe ist der Datensatz ihres Dateinamens).</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (Vorgabe), csv oder json.</translation>
    </message>
    <message>
        <source>Rows to print (default 100; 0 prints all).</source>
        <translation>Auszugebende Zeilen (Vorgabe 100; 0 gibt alle aus).</translation>
    </message>
    <message>
        <source>skip (the default: leave them out and say so) or stop (refuse the sample).</source>
        <translation>skip (Vorgabe: auslassen und melden) oder stop (die Stichprobe ablehnen).</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>Seconds the query may run (default 30).</source>
        <translation>Sekunden, die die Abfrage laufen darf (Vorgabe 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>name at least one sample with --sample FILE</source>
        <translation>mindestens eine Stichprobe mit --sample DATEI angeben</translation>
    </message>
    <message>
        <source>--format is table, csv or json, not “%1”</source>
        <translation>--format ist table, csv oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”</source>
        <translation>--role ist eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--limit is a number of rows, not “%1”</source>
        <translation>--limit ist eine Anzahl Zeilen, nicht „%1“</translation>
    </message>
    <message>
        <source>--time-limit is a number of seconds, not “%1”</source>
        <translation>--time-limit ist eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>--bad-rows is skip or stop, not “%1”</source>
        <translation>--bad-rows ist skip oder stop, nicht „%1“</translation>
    </message>
    <message>
        <source>tessera-cli preview: the policies have errors; nothing was run.</source>
        <translation>tessera-cli preview: Die Richtlinien enthalten Fehler; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1:%2: row left out: %3</source>
        <translation>%1:%2: Zeile ausgelassen: %3</translation>
    </message>
    <message>
        <source>%1: %L2 more rows left out</source>
        <translation>%1: %L2 weitere Zeilen ausgelassen</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln row(s)</source>
        <translation>
            <numerusform>(%Ln Zeile</numerusform>
            <numerusform>(%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>; the first %L1 shown</source>
        <translation>; die ersten %L1 angezeigt</translation>
    </message>
    <message>
        <source>tessera-cli preview: %L1 of %L2 rows written; --limit 0 writes all</source>
        <translation>tessera-cli preview: %L1 von %L2 Zeilen geschrieben; --limit 0 schreibt alle</translation>
    </message>
    <message>
        <source>A recipe file (*.recipe.yaml) to run instead of a query.</source>
        <translation>Eine Rezeptdatei (*.recipe.yaml), die statt einer Abfrage ausgeführt wird.</translation>
    </message>
    <message>
        <source>Print the query a recipe compiles to (on standard error).</source>
        <translation>Die Abfrage ausgeben, in die ein Rezept übersetzt wird (auf die Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>say what to run with either --sql TEXT or --recipe FILE</source>
        <translation>mit --sql TEXT oder --recipe DATEI angeben, was ausgeführt werden soll</translation>
    </message>
    <message>
        <source>tessera-cli preview: the recipe has errors; nothing was run.</source>
        <translation>tessera-cli preview: Das Rezept enthält Fehler; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Run a query or a recipe on sample data in the preview sandbox, masked for a role: preview --sample FILE... (--sql TEXT | --recipe FILE) [--role R] [--policies PATH] [--format table|csv|json] [--limit N]</source>
        <translation>Eine Abfrage oder ein Rezept auf Stichprobendaten in der Vorschau-Sandbox ausführen, maskiert für eine Rolle: preview --sample DATEI... (--sql TEXT | --recipe DATEI) [--role R] [--policies PFAD] [--format table|csv|json] [--limit N]</translation>
    </message>
    <message>
        <source>Give the password in ~/.pgpass or PGPASSWORD, or open the catalog once in Tessera and let it remember the password in the system keychain.</source>
        <translation>Geben Sie das Passwort in ~/.pgpass oder PGPASSWORD an, oder öffnen Sie den Katalog einmal in Tessera und lassen Sie es das Passwort im Schlüsselbund des Systems speichern.</translation>
    </message>
</context>
<context>
    <name>Tessera::ColumnTraceModel</name>
    <message>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>%1 (whole dataset)</source>
        <translation>%1 (ganzer Datensatz)</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) upstream</source>
        <translation>
            <numerusform>%n Schritt stromaufwärts</numerusform>
            <numerusform>%n Schritte stromaufwärts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) downstream</source>
        <translation>
            <numerusform>%n Schritt stromabwärts</numerusform>
            <numerusform>%n Schritte stromabwärts</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>Tessera::CommandLine</name>
    <message>
        <source>Tessera: find, document, trace and govern the data products of a data mesh.</source>
        <translation>Tessera: Datenprodukte eines Data Mesh finden, dokumentieren, nachverfolgen und steuern.</translation>
    </message>
    <message>
        <source>Open the catalog in PATH (a SQLite file) or at a postgresql:// URL.</source>
        <translation>Den Katalog in PFAD (einer SQLite-Datei) oder unter einer postgresql://-URL öffnen.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <source>Work as ROLE: steward, owner or analyst.</source>
        <translation>In der Rolle ROLLE arbeiten: steward, owner oder analyst.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Write screenshots of the main window to DIR and quit.</source>
        <translation>Bildschirmfotos des Hauptfensters in ORDNER schreiben und beenden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Use the user interface language LANG (%1) instead of the system&apos;s.</source>
        <translation>Die Oberflächensprache SPRACHE (%1) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>--catalog: %1</source>
        <translation>--catalog: %1</translation>
    </message>
    <message>
        <source>--role: unknown role &quot;%1&quot;; use %2.</source>
        <translation>--role: Unbekannte Rolle „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>--screenshot: name the folder to write the screenshots to.</source>
        <translation>--screenshot: Nennen Sie den Ordner, in den die Bildschirmfotos geschrieben werden.</translation>
    </message>
    <message>
        <source>--lang: Tessera is not translated into &quot;%1&quot;; choose one of %2.</source>
        <translation>--lang: Tessera ist nicht in „%1“ übersetzt; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>The catalog to open, as with --catalog.</source>
        <translation>Der zu öffnende Katalog, wie bei --catalog.</translation>
    </message>
    <message>
        <source>[CATALOG]</source>
        <translation>[KATALOG]</translation>
    </message>
    <message>
        <source>Tessera opens one catalog at a time; &quot;%1&quot; is one too many.</source>
        <translation>Tessera öffnet einen Katalog auf einmal; „%1“ ist einer zu viel.</translation>
    </message>
</context>
<context>
    <name>Tessera::ComplianceModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 notes</source>
        <translation>%1: %2 Fehler, %3 Warnungen, %4 Hinweise</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Tessera::ComplianceTrendModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Products failing</source>
        <translation>Produkte mit Verstößen</translation>
    </message>
    <message>
        <source>Policies in force</source>
        <translation>Geltende Richtlinien</translation>
    </message>
</context>
<context>
    <name>Tessera::ConflictDialog</name>
    <message>
        <source>Someone Else Saved This Product</source>
        <translation>Jemand anderes hat dieses Produkt gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was removed from the catalog while you were editing it. Overwriting creates it again with your version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde aus dem Katalog entfernt, während Sie es bearbeitet haben. Beim Überschreiben wird es mit Ihrer Version neu angelegt.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Close this and go on editing; nothing is saved yet</source>
        <translation>Dies schließen und weiter bearbeiten; noch ist nichts gespeichert</translation>
    </message>
    <message>
        <source>Copy Mine</source>
        <translation>Meine kopieren</translation>
    </message>
    <message>
        <source>Copy your version as text, to keep it before reloading</source>
        <translation>Ihre Version als Text kopieren, um sie vor dem Neuladen zu sichern</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Andere neu laden</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved version</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherte Version anzeigen</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
    <message>
        <source>Save your version over theirs (theirs stays in the history)</source>
        <translation>Ihre Version über die andere speichern (die andere bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by &lt;b&gt;%2&lt;/b&gt; at %3 (revision %4) while you were editing it. Below is what changes from their version to yours: %5 only in theirs, %6 only in yours.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde von &lt;b&gt;%2&lt;/b&gt; um %3 gespeichert (Revision %4), während Sie es bearbeitet haben. Unten steht, was sich von deren Fassung zu Ihrer ändert: %5 nur in deren Fassung, %6 nur in Ihrer.</translation>
    </message>
</context>
<context>
    <name>Tessera::CsvScanner</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Decisions</name>
    <message>
        <source>Not masked: no masking rule applies</source>
        <translation>Nicht maskiert: keine Maskierungsregel trifft zu</translation>
    </message>
    <message>
        <source>Not masked, by %1 (%2)</source>
        <translation>Nicht maskiert, durch %1 (%2)</translation>
    </message>
    <message>
        <source>Masked with %1 by %2 (%3)</source>
        <translation>Maskiert mit %1 durch %2 (%3)</translation>
    </message>
    <message>
        <source>Denied: no access rule allows it</source>
        <translation>Verweigert: keine Zugriffsregel erlaubt es</translation>
    </message>
    <message>
        <source>Allowed by %1 (%2)</source>
        <translation>Erlaubt durch %1 (%2)</translation>
    </message>
    <message>
        <source>Denied by %1 (%2)</source>
        <translation>Verweigert durch %1 (%2)</translation>
    </message>
    <message>
        <source>classification %1</source>
        <translation>Klassifizierung %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>every product</source>
        <translation>jedes Produkt</translation>
    </message>
    <message>
        <source>%1 may %2: %3</source>
        <translation>%1 darf %2: %3</translation>
    </message>
    <message>
        <source>%1 may not %2: %3</source>
        <translation>%1 darf nicht %2: %3</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentArea</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Willkommen bei Tessera</translation>
    </message>
    <message>
        <source>&lt;p&gt;Find, document, trace and govern the data products of your mesh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; opens a catalog &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; searches it&lt;/p&gt;&lt;p&gt;Product pages, lineage graphs, policies, previews and pipelines open here as tabs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Finden, dokumentieren, verfolgen und steuern Sie die Datenprodukte Ihres Mesh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; öffnet einen Katalog &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; durchsucht ihn&lt;/p&gt;&lt;p&gt;Produktseiten, Herkunftsgraphen, Richtlinien, Vorschauen und Pipelines öffnen sich hier als Reiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (ungespeicherte Änderungen)</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentPage</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentationEditor</name>
    <message>
        <source>Documentation source (Markdown)</source>
        <translation>Quelltext der Dokumentation (Markdown)</translation>
    </message>
    <message>
        <source>Documentation preview</source>
        <translation>Vorschau der Dokumentation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>No documentation yet.</source>
        <translation>Noch keine Dokumentation.</translation>
    </message>
</context>
<context>
    <name>Tessera::Dpds</name>
    <message>
        <source>not a DPDS descriptor</source>
        <translation>keine DPDS-Beschreibung</translation>
    </message>
    <message>
        <source>the descriptor has no info</source>
        <translation>die Beschreibung hat kein info</translation>
    </message>
    <message>
        <source>a port given by reference (%1) is not followed</source>
        <translation>ein als Verweis angegebener Port (%1) wird nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>Tessera::DraftStore</name>
    <message>
        <source>Cannot create the drafts folder</source>
        <translation>Der Ordner für Entwürfe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the draft: %1</source>
        <translation>Der Entwurf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the draft: %1</source>
        <translation>Der Entwurf kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the draft: %1</source>
        <translation>Der Entwurf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The draft is damaged: %1</source>
        <translation>Der Entwurf ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The draft names no product</source>
        <translation>Der Entwurf nennt kein Produkt</translation>
    </message>
</context>
<context>
    <name>Tessera::FacetModel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Eigentümerteam</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ohne Eigentümer)</translation>
    </message>
    <message>
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 ausgewählt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::GovernancePage</name>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the policies and evaluate them over the catalog (%1)</source>
        <translation>Die Richtlinien prüfen und über den Katalog auswerten (%1)</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Group violations by</source>
        <translation>Verstöße gruppieren nach</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Policy files</source>
        <translation>Richtliniendateien</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>sees</source>
        <translation>sieht</translation>
    </message>
    <message>
        <source>Columns as the role sees them</source>
        <translation>Spalten, wie die Rolle sie sieht</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Maskierung</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1 products</source>
        <translation>
            <numerusform>%n Verstoß in %1 Produkten</numerusform>
            <numerusform>%n Verstöße in %1 Produkten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files</source>
        <translation>
            <numerusform>%n Problem in den Richtliniendateien</numerusform>
            <numerusform>%n Probleme in den Richtliniendateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 columns masked for %3.</source>
        <translation>%1 von %2 Spalten für %3 maskiert.</translation>
    </message>
    <message>
        <source>This dataset has no sample data, so no values are shown.</source>
        <translation>Dieser Datensatz hat keine Beispieldaten, daher werden keine Werte gezeigt.</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Governance: %1</source>
        <translation>Governance: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <source>The product&apos;s values:</source>
        <translation>Die Werte des Produkts:</translation>
    </message>
    <message>
        <source>Policy %1, rule %2, in %3 at line %4</source>
        <translation>Richtlinie %1, Regel %2, in %3 in Zeile %4</translation>
    </message>
    <message>
        <source>Publish the policy file to the catalog as its next version</source>
        <translation>Die Richtliniendatei als nächste Version im Katalog veröffentlichen</translation>
    </message>
    <message>
        <source>Only a data steward publishes policies (Settings ▸ Work as Role)</source>
        <translation>Nur ein Data Steward veröffentlicht Richtlinien (Einstellungen ▸ In der Rolle arbeiten)</translation>
    </message>
    <message>
        <source>No policy file is open.</source>
        <translation>Keine Richtliniendatei ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be saved, so it was not published.</source>
        <translation>%1 konnte nicht gespeichert werden und wurde daher nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 has never been published: its policies are drafts.</source>
        <translation>%1 wurde nie veröffentlicht: ihre Richtlinien sind Entwürfe.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is in force, as it stands here.</source>
        <translation>Version %1 von %2 gilt, so wie sie hier steht.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is in force; the file here differs from it by +%3 −%4 lines.</source>
        <translation>Version %1 von %2 gilt; die Datei hier weicht um +%3 −%4 Zeilen davon ab.</translation>
    </message>
    <message>
        <source>What version %1 changed from version %2:</source>
        <translation>Was Version %1 gegenüber Version %2 änderte:</translation>
    </message>
    <message>
        <source>Version %1, the first:</source>
        <translation>Version %1, die erste:</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>What this version changes, for its note:</source>
        <translation>Was diese Version ändert, als Notiz:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <source>What the version changed</source>
        <translation>Was die Version änderte</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>Compliance im Zeitverlauf</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reading the catalog for the policies…</source>
        <translation>Der Katalog wird für die Richtlinien gelesen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop evaluating the policies over the catalog</source>
        <translation>Die Auswertung der Richtlinien über den Katalog abbrechen</translation>
    </message>
    <message>
        <source>Evaluating the policies over the catalog… %1 of %2 conditions</source>
        <translation>Richtlinien werden über den Katalog ausgewertet… %1 von %2 Bedingungen</translation>
    </message>
    <message>
        <source>Stopped: the violations shown are from the last evaluation finished</source>
        <translation>Abgebrochen: Die gezeigten Verstöße stammen aus der letzten abgeschlossenen Auswertung</translation>
    </message>
    <message>
        <source>The policies are still being evaluated over the catalog; publish once that is done.</source>
        <translation>Die Richtlinien werden noch über den Katalog ausgewertet; veröffentlichen Sie, sobald das erledigt ist.</translation>
    </message>
</context>
<context>
    <name>Tessera::HistoryModel</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>erste Version</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>keine sichtbare Änderung</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Tessera::ImpactModel</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n product(s)</source>
        <translation>
            <numerusform>in %n Produkt</numerusform>
            <numerusform>in %n Produkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n team(s)</source>
        <translation>
            <numerusform>von %n Team</numerusform>
            <numerusform>von %n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Reached from</source>
        <translation>Erreicht über</translation>
    </message>
</context>
<context>
    <name>Tessera::JsonScan</name>
    <message>
        <source>the text holds the character U+0000 (NUL), which a catalog cannot keep</source>
        <translation>der Text enthält das Zeichen U+0000 (NUL), das kein Katalog speichern kann</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a UTF-16 surrogate pair without its first</source>
        <translation>\u%1 ist die zweite Hälfte eines UTF-16-Surrogatpaars ohne die erste</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a UTF-16 surrogate pair without its second</source>
        <translation>\u%1 ist die erste Hälfte eines UTF-16-Surrogatpaars ohne die zweite</translation>
    </message>
    <message>
        <source>the text holds the control character U+%1 unescaped, which JSON does not allow</source>
        <translation>der Text enthält das Steuerzeichen U+%1 ohne Escape, was JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in the same object</source>
        <translation>der Schlüssel „%1“ kommt im selben Objekt mehrfach vor</translation>
    </message>
</context>
<context>
    <name>Tessera::JsonSchema</name>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the schema is not a JSON object: %1</source>
        <translation>das Schema ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>is not allowed here</source>
        <translation>ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is not allowed; use one of %2</source>
        <translation>%1 ist nicht erlaubt; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>muss ein Vielfaches von %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen haben</numerusform>
            <numerusform>muss mindestens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n character(s)</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entry(s)</source>
        <translation>
            <numerusform>braucht mindestens %n Eintrag</numerusform>
            <numerusform>braucht mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>may have at most %n entry(s)</source>
        <translation>
            <numerusform>darf höchstens %n Eintrag haben</numerusform>
            <numerusform>darf höchstens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message>
        <source>is the same as entry %1; entries must differ</source>
        <translation>gleicht Eintrag %1; Einträge müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist vorgeschrieben, fehlt aber</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; known fields here: %2</source>
        <translation>unbekanntes Feld „%1“; hier bekannte Felder: %2</translation>
    </message>
    <message>
        <source>does not fit any of the allowed forms here</source>
        <translation>passt zu keiner der hier erlaubten Formen</translation>
    </message>
    <message>
        <source>fits %1 of the allowed forms here, but must fit exactly one</source>
        <translation>passt zu %1 der hier erlaubten Formen, muss aber zu genau einer passen</translation>
    </message>
    <message>
        <source>has a form that is not allowed here</source>
        <translation>hat eine Form, die hier nicht erlaubt ist</translation>
    </message>
</context>
<context>
    <name>Tessera::Keychain</name>
    <message>
        <source>No system keychain answers on this computer (a Secret Service such as GNOME Keyring or KWallet is needed), so Tessera cannot remember the password: it asks once per session and keeps it in memory only.</source>
        <translation>Auf diesem Rechner antwortet kein Schlüsselbund des Systems (nötig ist ein Secret Service wie GNOME Keyring oder KWallet). Tessera kann das Passwort daher nicht speichern: Es fragt einmal pro Sitzung und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The system keychain could not give the password for %1: %2</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort für %1 nicht liefern: %2</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password for %1: %2</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort für %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password for %1: %2</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort für %1 nicht löschen: %2</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>Tessera::LineageCanvas</name>
    <message>
        <source>External · %1</source>
        <translation>Extern · %1</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message numerus="yes">
        <source>Domain · %n node(s)</source>
        <translation>
            <numerusform>Domäne · %n Knoten</numerusform>
            <numerusform>Domäne · %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <translation>
            <numerusform>%1 · %n Knoten</numerusform>
            <numerusform>%1 · %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Domänen: %1</translation>
    </message>
    <message>
        <source>Lineage graph</source>
        <translation>Herkunftsgraph</translation>
    </message>
    <message>
        <source>Datasets and the jobs between them. Arrow keys pan, Ctrl+Plus and Ctrl+Minus zoom, Ctrl+0 fits the graph.</source>
        <translation>Datensätze und die Jobs dazwischen. Pfeiltasten verschieben, Strg+Plus und Strg+Minus zoomen, Strg+0 zeigt den ganzen Graphen.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>Run states: %1</source>
        <translation>Laufzustände: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::LineageMinimap</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The whole graph; the frame shows the part in view. Click or drag to move there.</source>
        <translation>Der ganze Graph; der Rahmen zeigt den sichtbaren Teil. Klicken oder ziehen, um dorthin zu wechseln.</translation>
    </message>
</context>
<context>
    <name>Tessera::LineagePage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Column Trace</source>
        <translation>Spaltenverfolgung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous view (%1)</source>
        <translation>Die vorige Ansicht (%1)</translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation>Ganzer Graph</translation>
    </message>
    <message>
        <source>Show the lineage of the whole catalog</source>
        <translation>Die Herkunft des ganzen Katalogs zeigen</translation>
    </message>
    <message>
        <source>Focus on a product, dataset or job…</source>
        <translation>Auf Produkt, Datensatz oder Job fokussieren…</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source> &amp;Up </source>
        <translation> &amp;Aufwärts </translation>
    </message>
    <message>
        <source>Hops shown upstream of the focus</source>
        <translation>Gezeigte Schritte stromaufwärts des Fokus</translation>
    </message>
    <message>
        <source> &amp;Down </source>
        <translation> A&amp;bwärts </translation>
    </message>
    <message>
        <source>Hops shown downstream of the focus</source>
        <translation>Gezeigte Schritte stromabwärts des Fokus</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Show every dataset, or each product or domain as one node</source>
        <translation>Jeden Datensatz zeigen, oder jedes Produkt bzw. jede Domäne als einen Knoten</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Show the jobs between datasets</source>
        <translation>Die Jobs zwischen Datensätzen zeigen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Choose the domains and kinds of datasets shown</source>
        <translation>Gezeigte Domänen und Arten von Datensätzen wählen</translation>
    </message>
    <message>
        <source>External Datasets</source>
        <translation>Externe Datensätze</translation>
    </message>
    <message>
        <source>Show datasets that no product of the catalog offers</source>
        <translation>Datensätze zeigen, die kein Produkt des Katalogs anbietet</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Verkleinern (%1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Vergrößern (%1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (%1)</source>
        <translation>Den ganzen Graphen zeigen (%1)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Show the overview in the corner</source>
        <translation>Die Übersicht in der Ecke zeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Graphviz DOT…</source>
        <translation>Graphviz DOT…</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <source>GraphML…</source>
        <translation>GraphML…</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>GraphML-Dateien (*.graphml)</translation>
    </message>
    <message>
        <source>Mermaid Flowchart…</source>
        <translation>Mermaid-Flussdiagramm…</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd *.md)</source>
        <translation>Mermaid-Dateien (*.mmd *.md)</translation>
    </message>
    <message>
        <source>Current View</source>
        <translation>Aktuelle Ansicht</translation>
    </message>
    <message>
        <source>Export Lineage</source>
        <translation>Herkunft exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Select a dataset to see what a change to it reaches downstream.</source>
        <translation>Einen Datensatz wählen, um zu sehen, was eine Änderung an ihm stromabwärts erreicht.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the list for a spreadsheet</source>
        <translation>Die Liste für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Export Impact</source>
        <translation>Auswirkung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Column trace</source>
        <translation>Spaltenverfolgung</translation>
    </message>
    <message>
        <source>Nothing downstream of %1 depends on it.</source>
        <translation>Nichts stromabwärts hängt von %1 ab.</translation>
    </message>
    <message>
        <source>A change to %1 reaches %2.</source>
        <translation>Eine Änderung an %1 erreicht %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is computed from %n column(s)</source>
        <translation>
            <numerusform>%1 wird aus %n Spalte berechnet</numerusform>
            <numerusform>%1 wird aus %n Spalten berechnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) are computed from it.</source>
        <translation>
            <numerusform>%n Spalte wird daraus berechnet.</numerusform>
            <numerusform>%n Spalten werden daraus berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the lineage is called %1.</source>
        <translation>Nichts in der Herkunft heißt %1.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>%n Knoten wird angeordnet…</numerusform>
            <numerusform>%n Knoten werden angeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>von %n</numerusform>
            <numerusform>von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n Kreis</numerusform>
            <numerusform>%n Kreise</numerusform>
        </translation>
    </message>
    <message>
        <source>Data flows back in a circle here; the edges drawn dashed in red close the circles.</source>
        <translation>Hier fließen Daten im Kreis zurück; die rot gestrichelten Kanten schließen die Kreise.</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Select a dataset with columns</source>
        <translation>Einen Datensatz mit Spalten wählen</translation>
    </message>
    <message>
        <source>Choose a column of %1</source>
        <translation>Eine Spalte von %1 wählen</translation>
    </message>
    <message>
        <source>Focus Here</source>
        <translation>Hierauf fokussieren</translation>
    </message>
    <message>
        <source>Close Upstream</source>
        <translation>Stromaufwärts schließen</translation>
    </message>
    <message>
        <source>Close Downstream</source>
        <translation>Stromabwärts schließen</translation>
    </message>
    <message>
        <source>Open Upstream (%1)</source>
        <translation>Stromaufwärts öffnen (%1)</translation>
    </message>
    <message>
        <source>Open Downstream (%1)</source>
        <translation>Stromabwärts öffnen (%1)</translation>
    </message>
    <message>
        <source>Show Datasets of %1</source>
        <translation>Datensätze von %1 zeigen</translation>
    </message>
    <message>
        <source>Show Products of %1</source>
        <translation>Produkte von %1 zeigen</translation>
    </message>
    <message>
        <source>Collapse Product %1</source>
        <translation>Produkt %1 zusammenfassen</translation>
    </message>
    <message>
        <source>Collapse Domain %1</source>
        <translation>Domäne %1 zusammenfassen</translation>
    </message>
    <message>
        <source>Show Impact</source>
        <translation>Auswirkung zeigen</translation>
    </message>
    <message>
        <source>Trace Column</source>
        <translation>Spalte verfolgen</translation>
    </message>
    <message>
        <source>Open Product %1</source>
        <translation>Produkt %1 öffnen</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>The image of %1 × %2 pixels is too large to make.</source>
        <translation>Ein Bild von %1 × %2 Pixeln ist zu groß.</translation>
    </message>
    <message>
        <source>Exported from Tessera</source>
        <translation>Aus Tessera exportiert</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Product, collapsed</source>
        <translation>Produkt, zusammengefasst</translation>
    </message>
    <message>
        <source>Domain, collapsed</source>
        <translation>Domäne, zusammengefasst</translation>
    </message>
    <message>
        <source>External dataset</source>
        <translation>Externer Datensatz</translation>
    </message>
    <message>
        <source>Processing of %1 (from its input ports)</source>
        <translation>Verarbeitung von %1 (aus seinen Eingangsports)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Steht für</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n weiterer nicht gezeigt)</numerusform>
            <numerusform>(%n weitere nicht gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Focus here</source>
        <translation>Hierauf fokussieren</translation>
    </message>
    <message>
        <source>Show impact</source>
        <translation>Auswirkung zeigen</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Produkt öffnen</translation>
    </message>
    <message>
        <source>Columns: click one to trace it</source>
        <translation>Spalten: eine anklicken, um sie zu verfolgen</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>Colour by Domain</source>
        <translation>Nach Domäne färben</translation>
    </message>
    <message>
        <source>Colour by Run State</source>
        <translation>Nach Laufzustand färben</translation>
    </message>
    <message>
        <source>Colour nodes by their domain, or by the latest run of the pipelines behind them</source>
        <translation>Knoten nach ihrer Domäne färben oder nach dem letzten Lauf der Pipelines dahinter</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
</context>
<context>
    <name>Tessera::LineageReceiver</name>
    <message>
        <source>The receiver listens only on this computer (127.0.0.1 or ::1) unless remote clients are allowed explicitly; %1 is not a loopback address.</source>
        <translation>Der Empfänger hört nur auf diesem Rechner (127.0.0.1 oder ::1), solange entfernte Clients nicht ausdrücklich erlaubt sind; %1 ist keine Loopback-Adresse.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on %1 port %2: %3</source>
        <translation>Der Empfänger kann auf %1 Port %2 nicht empfangen: %3</translation>
    </message>
    <message>
        <source>the request&apos;s headers are larger than %1 KB</source>
        <translation>die Kopfzeilen der Anfrage sind größer als %1 KB</translation>
    </message>
    <message>
        <source>not an HTTP/1.1 request</source>
        <translation>keine HTTP/1.1-Anfrage</translation>
    </message>
    <message>
        <source>no such endpoint: OpenLineage events go to POST /api/v1/lineage</source>
        <translation>diesen Endpunkt gibt es nicht: OpenLineage-Ereignisse gehen an POST /api/v1/lineage</translation>
    </message>
    <message>
        <source>only POST is accepted here</source>
        <translation>hier wird nur POST angenommen</translation>
    </message>
    <message>
        <source>the request must give its Content-Length</source>
        <translation>die Anfrage muss ihre Content-Length angeben</translation>
    </message>
    <message>
        <source>the Content-Length is not a number</source>
        <translation>die Content-Length ist keine Zahl</translation>
    </message>
    <message>
        <source>the event is larger than %1 MB</source>
        <translation>das Ereignis ist größer als %1 MB</translation>
    </message>
    <message>
        <source>compressed bodies are not accepted; send the event as plain JSON</source>
        <translation>komprimierte Inhalte werden nicht angenommen; senden Sie das Ereignis als einfaches JSON</translation>
    </message>
    <message>
        <source>the body must be application/json</source>
        <translation>der Inhalt muss application/json sein</translation>
    </message>
    <message>
        <source>send one event per request, not a list</source>
        <translation>senden Sie ein Ereignis pro Anfrage, keine Liste</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3 of the body)</source>
        <translation>%1 (Zeile %2, Spalte %3 des Inhalts)</translation>
    </message>
    <message>
        <source>the body holds no event</source>
        <translation>der Inhalt enthält kein Ereignis</translation>
    </message>
    <message>
        <source>the request gives its Content-Length more than once</source>
        <translation>die Anfrage gibt ihre Content-Length mehr als einmal an</translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Nothing selected.

Select a product, dataset or lineage node to see its details here.</source>
        <translation>Nichts ausgewählt.

Wählen Sie ein Produkt, ein Dataset oder einen Knoten im Herkunftsgraphen, um hier die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected work</source>
        <translation>Die ausgewählte Aufgabe anhalten</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>Katalog ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a catalog file</source>
        <translation>Eine Katalogdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in Catalog</source>
        <translation>Im Katalog &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Work as &amp;Role</source>
        <translation>In der &amp;Rolle arbeiten</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Ü&amp;ber Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Tessera catalogs (*.tessera *.sqlite *.db);;All files (*)</source>
        <translation>Tessera-Kataloge (*.tessera *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>Kein Katalog</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>Schnell ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Go to a product, dataset or column by name</source>
        <translation>Über den Namen zu einem Produkt, Dataset oder einer Spalte wechseln</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save the changes of the current page</source>
        <translation>Die Änderungen der aktuellen Seite speichern</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>My &amp;Domains</source>
        <translation>Meine &amp;Domänen</translation>
    </message>
    <message>
        <source>The domains you own: as a domain owner you edit their products</source>
        <translation>Die Domänen, für die Sie verantwortlich sind: Als Domänenverantwortlicher bearbeiten Sie deren Produkte</translation>
    </message>
    <message>
        <source>The catalog in use stays open: a page with unsaved changes was kept.</source>
        <translation>Der verwendete Katalog bleibt geöffnet: Eine Seite mit ungespeicherten Änderungen wurde beibehalten.</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits from an earlier session were kept for %n product(s): %1.</source>
        <translation>
            <numerusform>Ungespeicherte Bearbeitungen aus einer früheren Sitzung wurden für %n Produkt aufbewahrt: %1.</numerusform>
            <numerusform>Ungespeicherte Bearbeitungen aus einer früheren Sitzung wurden für %n Produkte aufbewahrt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Herkunft</translation>
    </message>
    <message>
        <source>Show where the catalog&apos;s data comes from and where it goes</source>
        <translation>Zeigen, woher die Daten des Katalogs kommen und wohin sie gehen</translation>
    </message>
    <message>
        <source>lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&amp;Import Run Events…</source>
        <translation>Lauf-Ereignisse &amp;importieren …</translation>
    </message>
    <message>
        <source>Read OpenLineage run events from files into the catalog</source>
        <translation>OpenLineage-Lauf-Ereignisse aus Dateien in den Katalog einlesen</translation>
    </message>
    <message>
        <source>&amp;Receive Run Events</source>
        <translation>Lauf-Ereignisse &amp;empfangen</translation>
    </message>
    <message>
        <source>Let pipelines on this computer send OpenLineage events to Tessera over HTTP</source>
        <translation>Pipelines auf diesem Rechner OpenLineage-Ereignisse per HTTP an Tessera senden lassen</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pipelines</translation>
    </message>
    <message>
        <source>Show whether the pipelines behind the products ran, failed or are late</source>
        <translation>Zeigen, ob die Pipelines hinter den Produkten liefen, fehlschlugen oder verspätet sind</translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>No run of this product&apos;s pipelines is known.</source>
        <translation>Von den Pipelines dieses Produkts ist kein Lauf bekannt.</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <source>No event files (*.ndjson, *.jsonl, *.json) in %1.</source>
        <translation>Keine Ereignisdateien (*.ndjson, *.jsonl, *.json) in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n event file(s)</source>
        <translation>
            <numerusform>Lese %n Ereignisdatei</numerusform>
            <numerusform>Lese %n Ereignisdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>No event could be read: %n problem(s), listed in Problems.</source>
        <translation>
            <numerusform>Kein Ereignis lesbar: %n Problem, aufgeführt unter Probleme.</numerusform>
            <numerusform>Kein Ereignis lesbar: %n Probleme, aufgeführt unter Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read</source>
        <translation>
            <numerusform>%n Ereignis gelesen</numerusform>
            <numerusform>%n Ereignisse gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) updated</source>
        <translation>
            <numerusform>%n Lauf aktualisiert</numerusform>
            <numerusform>%n Läufe aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused (see Problems)</source>
        <translation>
            <numerusform>%n Zeile abgelehnt (siehe Probleme)</numerusform>
            <numerusform>%n Zeilen abgelehnt (siehe Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Run Events</source>
        <translation>Lauf-Ereignisse importieren</translation>
    </message>
    <message>
        <source>OpenLineage events (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>OpenLineage-Ereignisse (*.ndjson *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Receiving OpenLineage events at %1</source>
        <translation>OpenLineage-Ereignisse werden unter %1 empfangen</translation>
    </message>
    <message>
        <source>Receive Run Events</source>
        <translation>Lauf-Ereignisse empfangen</translation>
    </message>
    <message>
        <source>Pipelines on this computer send OpenLineage events to
http://127.0.0.1:&lt;port&gt;/api/v1/lineage

Port:</source>
        <translation>Pipelines auf diesem Rechner senden OpenLineage-Ereignisse an
http://127.0.0.1:&lt;Port&gt;/api/v1/lineage

Port:</translation>
    </message>
    <message>
        <source>Receiving on port %1: %2 accepted, %3 refused</source>
        <translation>Empfang auf Port %1: %2 angenommen, %3 abgelehnt</translation>
    </message>
    <message>
        <source>OpenLineage events are received at %1</source>
        <translation>OpenLineage-Ereignisse werden unter %1 empfangen</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Governance</translation>
    </message>
    <message>
        <source>Write and test governance policies, and see which products violate them</source>
        <translation>Governance-Richtlinien schreiben und testen und sehen, welche Produkte gegen sie verstoßen</translation>
    </message>
    <message>
        <source>governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Role: %1 (given by the catalog&apos;s server)</source>
        <translation>Rolle: %1 (vom Server des Katalogs vergeben)</translation>
    </message>
    <message>
        <source>Open &amp;Team Catalog…</source>
        <translation>&amp;Team-Katalog öffnen…</translation>
    </message>
    <message>
        <source>Open a catalog a team shares on a PostgreSQL server</source>
        <translation>Einen Katalog öffnen, den ein Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The password for %1 is kept in the system keychain.</source>
        <translation>Das Passwort für %1 liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Open Team Catalog</source>
        <translation>Team-Katalog öffnen</translation>
    </message>
    <message>
        <source>The catalog&apos;s PostgreSQL URL, without a password (Tessera asks for it):
postgresql://user@host/database?sslmode=verify-full</source>
        <translation>Die PostgreSQL-URL des Katalogs, ohne Passwort (Tessera fragt danach):
postgresql://benutzer@host/datenbank?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A team catalog is a postgresql:// URL; open a catalog file with Open Catalog.</source>
        <translation>Ein Team-Katalog ist eine postgresql://-URL; eine Katalogdatei öffnen Sie mit „Katalog öffnen“.</translation>
    </message>
</context>
<context>
    <name>Tessera::MaskPreviewModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Sample values as seen</source>
        <translation>Beispielwerte, wie gesehen</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
</context>
<context>
    <name>Tessera::Masking</name>
    <message>
        <source>Could not open a database in memory to run a custom mask.</source>
        <translation>Für eine eigene Maske konnte keine Datenbank im Speicher geöffnet werden.</translation>
    </message>
    <message>
        <source>one expression, not several statements</source>
        <translation>ein Ausdruck, nicht mehrere Anweisungen</translation>
    </message>
    <message>
        <source>The custom mask “%1” cannot be run: %2</source>
        <translation>Die eigene Maske „%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The custom mask “%1” failed: %2</source>
        <translation>Die eigene Maske „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::NavigatorPanel</name>
    <message>
        <source>Search products, datasets, columns…</source>
        <translation>Produkte, Datasets, Spalten suchen …</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Den Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Domains and data products</source>
        <translation>Domänen und Datenprodukte</translation>
    </message>
    <message>
        <source>No catalog is open.

Open one with File ▸ Open Catalog… or start Tessera with --catalog.</source>
        <translation>Kein Katalog ist geöffnet.

Öffnen Sie einen mit Datei ▸ Katalog öffnen … oder starten Sie Tessera mit --catalog.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by domain, owner team, tag, classification and status</source>
        <translation>Nach Domäne, Eigentümerteam, Schlagwort, Klassifizierung und Status filtern</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Die ersten %1 Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Odcs</name>
    <message>
        <source>the classification &quot;%1&quot; is none of public, internal, confidential, restricted; the column is left unclassified in the catalog</source>
        <translation>die Klassifizierung „%1“ ist keine von public, internal, confidential, restricted; die Spalte bleibt im Katalog unklassifiziert</translation>
    </message>
    <message>
        <source>not an ODCS data contract</source>
        <translation>kein ODCS-Datenvertrag</translation>
    </message>
    <message>
        <source>the contract has no id</source>
        <translation>der Vertrag hat keine ID</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is none of draft, active, deprecated, retired; the product is a draft in the catalog</source>
        <translation>der Status „%1“ ist keiner von draft, active, deprecated, retired; das Produkt ist im Katalog ein Entwurf</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Odps</name>
    <message>
        <source>not an ODPS product file</source>
        <translation>keine ODPS-Produktdatei</translation>
    </message>
    <message>
        <source>the product file has no id</source>
        <translation>die Produktdatei hat keine ID</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is none of draft, active, deprecated, retired; the product is a draft in the catalog</source>
        <translation>der Status „%1“ ist keiner von draft, active, deprecated, retired; das Produkt ist im Katalog ein Entwurf</translation>
    </message>
    <message>
        <source>the output port &quot;%1&quot; names the contract %2, which is not among the files read</source>
        <translation>der Ausgangsport „%1“ nennt den Vertrag %2, der nicht unter den gelesenen Dateien ist</translation>
    </message>
</context>
<context>
    <name>Tessera::OpenLineage</name>
    <message>
        <source>not an OpenLineage event: it has no run, job or dataset</source>
        <translation>kein OpenLineage-Ereignis: es hat weder run noch job noch dataset</translation>
    </message>
    <message>
        <source>eventTime is required (an ISO 8601 date and time)</source>
        <translation>eventTime ist erforderlich (Datum und Uhrzeit nach ISO 8601)</translation>
    </message>
    <message>
        <source>eventTime &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>eventTime „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>producer is required (a URI)</source>
        <translation>producer ist erforderlich (eine URI)</translation>
    </message>
    <message>
        <source>eventType must be one of %1</source>
        <translation>eventType muss eines von %1 sein</translation>
    </message>
    <message>
        <source>run.runId is required</source>
        <translation>run.runId ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be a list of datasets</source>
        <translation>%1 muss eine Liste von Datensätzen sein</translation>
    </message>
    <message>
        <source>a dataset needs a namespace and a name</source>
        <translation>ein Datensatz braucht einen Namensraum (namespace) und einen Namen (name)</translation>
    </message>
    <message>
        <source>a dataset event needs dataset.namespace and dataset.name</source>
        <translation>ein Datensatz-Ereignis braucht dataset.namespace und dataset.name</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>ein Ereignis muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the event is larger than %1 MB</source>
        <translation>das Ereignis ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 GB</source>
        <translation>die Datei ist größer als %1 GB</translation>
    </message>
</context>
<context>
    <name>Tessera::PasswordDialog</name>
    <message>
        <source>Team Catalog Password</source>
        <translation>Passwort des Team-Katalogs</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <source>The server of the catalog &lt;b&gt;%1&lt;/b&gt; asks for the password of %2.</source>
        <translation>Der Server des Katalogs &lt;b&gt;%1&lt;/b&gt; fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>Tessera::Permissions</name>
    <message>
        <source>Analysts read the catalog. To edit, work as a domain owner or a steward (Settings ▸ Work as Role).</source>
        <translation>Analysten lesen den Katalog. Um zu bearbeiten, arbeiten Sie als Domänenverantwortlicher oder Data Steward (Einstellungen ▸ In der Rolle arbeiten).</translation>
    </message>
    <message>
        <source>This product belongs to the %1 domain, which you do not own. Its team or a steward can change it; choose your domains in Settings ▸ My Domains.</source>
        <translation>Dieses Produkt gehört zur Domäne %1, für die Sie nicht verantwortlich sind. Sein Team oder ein Data Steward kann es ändern; wählen Sie Ihre Domänen unter Einstellungen ▸ Meine Domänen.</translation>
    </message>
    <message>
        <source>Analysts read the catalog. The catalog&apos;s server gives you this role; a steward can give you another.</source>
        <translation>Analysten lesen den Katalog. Der Server des Katalogs gibt Ihnen diese Rolle; ein Data Steward kann Ihnen eine andere geben.</translation>
    </message>
    <message>
        <source>This product belongs to the %1 domain, which you do not own. Its team or a steward can change it; a steward can give you the domain on the catalog&apos;s server.</source>
        <translation>Dieses Produkt gehört zur Domäne %1, die nicht Ihnen gehört. Sein Team oder ein Data Steward kann es ändern; ein Data Steward kann Ihnen die Domäne auf dem Server des Katalogs geben.</translation>
    </message>
    <message>
        <source>This product belongs to the %1 domain, but its owning team %2 belongs to another domain (%3), so the team&apos;s members cannot change it. A domain owner or a steward can change it, or move the team.</source>
        <translation>Dieses Produkt gehört zur Domäne %1, sein zuständiges Team %2 aber zu einer anderen Domäne (%3); deshalb können die Mitglieder des Teams es nicht ändern. Ein Domänenverantwortlicher oder ein Data Steward kann es ändern oder das Team verschieben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Tessera::PipelineDashboardModel</name>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Failed or aborted</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n verspätet</numerusform>
            <numerusform>%n verspätet</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Jobs that run other jobs as their tasks, and jobs that write no product&apos;s datasets</source>
        <translation>Jobs, die andere Jobs als ihre Aufgaben ausführen, und Jobs, die in keine Datensätze eines Produkts schreiben</translation>
    </message>
    <message>
        <source>%1, owned by %2</source>
        <translation>%1, gehört %2</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or aborted run(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagener oder abgebrochener Lauf</numerusform>
            <numerusform>%n fehlgeschlagene oder abgebrochene Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n run(s) since %1</source>
        <translation>
            <numerusform>von %n Lauf seit %1</numerusform>
            <numerusform>von %n Läufen seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Runs %n task(s)</source>
        <translation>
            <numerusform>Führt %n Aufgabe aus</numerusform>
            <numerusform>Führt %n Aufgaben aus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % longer than the usual %3</source>
        <translation>%1: %2 % länger als die üblichen %3</translation>
    </message>
    <message>
        <source>%1: %2 % shorter than the usual %3</source>
        <translation>%1: %2 % kürzer als die üblichen %3</translation>
    </message>
    <message>
        <source>%1: as long as usual</source>
        <translation>%1: so lang wie üblich</translation>
    </message>
    <message>
        <source>%1 (%2%3 %)</source>
        <translation>%1 (%2%3 %)</translation>
    </message>
    <message>
        <source>Product or job</source>
        <translation>Produkt oder Job</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
</context>
<context>
    <name>Tessera::PipelineOverview</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 old, no latency promised</source>
        <translation>%1 alt, keine Latenz zugesagt</translation>
    </message>
    <message>
        <source>no latency promised</source>
        <translation>keine Latenz zugesagt</translation>
    </message>
    <message>
        <source>no runs known</source>
        <translation>keine Läufe bekannt</translation>
    </message>
    <message>
        <source>fresh: %1 old, %2 allowed</source>
        <translation>aktuell: %1 alt, %2 erlaubt</translation>
    </message>
    <message>
        <source>late: never completed</source>
        <translation>verspätet: nie abgeschlossen</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>um %1 verspätet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Tessera::PipelinesPage</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Show the products of one domain</source>
        <translation>Die Produkte einer Domäne zeigen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Show the products in one state</source>
        <translation>Die Produkte in einem Zustand zeigen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The time failures are counted over and the history shows</source>
        <translation>Die Zeit, über die Fehlschläge gezählt werden und die der Verlauf zeigt</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the runs again</source>
        <translation>Die Läufe neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Pipeline dashboard</source>
        <translation>Pipeline-Übersicht</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show less time, in more detail (Ctrl+wheel)</source>
        <translation>Weniger Zeit genauer zeigen (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show more time</source>
        <translation>Mehr Zeit zeigen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show every run of the history</source>
        <translation>Jeden Lauf des Verlaufs zeigen</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domänen</translation>
    </message>
    <message>
        <source>Runs since %1</source>
        <translation>Läufe seit %1</translation>
    </message>
    <message>
        <source>Runs of %1 since %2</source>
        <translation>Läufe von %1 seit %2</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Läufe von %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Pipelines of a product of %1</source>
        <translation>Pipelines eines Produkts von %1</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Allowed age</source>
        <translation>Erlaubtes Alter</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>%1 of %2 runs in the window</source>
        <translation>%1 von %2 Läufen im Zeitraum</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Open the product</source>
        <translation>Das Produkt öffnen</translation>
    </message>
    <message>
        <source>The latest run of this job:</source>
        <translation>Der letzte Lauf dieses Jobs:</translation>
    </message>
    <message>
        <source>No runs known.</source>
        <translation>Keine Läufe bekannt.</translation>
    </message>
</context>
<context>
    <name>Tessera::Policies</name>
    <message>
        <source>expected a mapping of keys and values, found %1</source>
        <translation>eine Zuordnung von Schlüsseln und Werten erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown key “%1” (known here: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (hier bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown key “%1”: did you mean “%2”?</source>
        <translation>unbekannter Schlüssel „%1“: meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>„%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>“%1” is required (one of %2)</source>
        <translation>„%1“ ist erforderlich (eines von %2)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>eines von %1 erwartet</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>“%1” is not one of %2: did you mean “%3”?</source>
        <translation>„%1“ ist keines von %2: meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>eine Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>“%1” is required: name the roles (steward, owner, analyst)</source>
        <translation>„%1“ ist erforderlich: nennen Sie die Rollen (steward, owner, analyst)</translation>
    </message>
    <message>
        <source>“%1” is not a role: use steward, owner or analyst</source>
        <translation>„%1“ ist keine Rolle: verwenden Sie steward, owner oder analyst</translation>
    </message>
    <message>
        <source>“%1” is not a classification: use public, internal, confidential or restricted</source>
        <translation>„%1“ ist keine Klassifizierung: verwenden Sie public, internal, confidential oder restricted</translation>
    </message>
    <message>
        <source>an id is letters, digits, “.”, “_” and “-”, starting with a letter or digit</source>
        <translation>eine ID besteht aus Buchstaben, Ziffern, „.“, „_“ und „-“ und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a version is a whole number from 1</source>
        <translation>eine Version ist eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>only a standard has a condition; a %1 policy has rules</source>
        <translation>nur ein Standard hat eine Bedingung; eine %1-Richtlinie hat Regeln</translation>
    </message>
    <message>
        <source>“rules” is a list of rules</source>
        <translation>„rules“ ist eine Liste von Regeln</translation>
    </message>
    <message>
        <source>a standard has either one condition or rules, not both</source>
        <translation>ein Standard hat entweder eine Bedingung oder Regeln, nicht beides</translation>
    </message>
    <message>
        <source>“message” goes with a standard&apos;s condition</source>
        <translation>„message“ gehört zur Bedingung eines Standards</translation>
    </message>
    <message>
        <source>a %1 policy needs rules</source>
        <translation>eine %1-Richtlinie braucht Regeln</translation>
    </message>
    <message>
        <source>“actions” is required (read, edit, publish)</source>
        <translation>„actions“ ist erforderlich (read, edit, publish)</translation>
    </message>
    <message>
        <source>a masking rule picks columns by classification, tags or columns</source>
        <translation>eine Maskierungsregel wählt Spalten nach Klassifizierung, Tags oder Spaltennamen</translation>
    </message>
    <message>
        <source>a CUSTOM mask&apos;s expression uses {col} for the column&apos;s value</source>
        <translation>der Ausdruck einer CUSTOM-Maske verwendet {col} für den Wert der Spalte</translation>
    </message>
    <message>
        <source>only a CUSTOM mask has an expression</source>
        <translation>nur eine CUSTOM-Maske hat einen Ausdruck</translation>
    </message>
    <message>
        <source>a quality rule has either a metric (%1) or sql</source>
        <translation>eine Qualitätsregel hat entweder eine Metrik (%1) oder sql</translation>
    </message>
    <message>
        <source>“%1” is not a metric: use %2</source>
        <translation>„%1“ ist keine Metrik: verwenden Sie %2</translation>
    </message>
    <message>
        <source>“%1” is not a metric: did you mean “%2”?</source>
        <translation>„%1“ ist keine Metrik: meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>“%1” takes two numbers, the lower first: [10, 20]</source>
        <translation>„%1“ nimmt zwei Zahlen, die kleinere zuerst: [10, 20]</translation>
    </message>
    <message>
        <source>“%1” takes a number</source>
        <translation>„%1“ nimmt eine Zahl</translation>
    </message>
    <message>
        <source>a quality rule has exactly one operator (%1)</source>
        <translation>eine Qualitätsregel hat genau einen Operator (%1)</translation>
    </message>
    <message>
        <source>the rule id “%1” is used twice in this policy</source>
        <translation>die Regel-ID „%1“ kommt in dieser Richtlinie zweimal vor</translation>
    </message>
    <message>
        <source>“policies” is a list of policies</source>
        <translation>„policies“ ist eine Liste von Richtlinien</translation>
    </message>
    <message>
        <source>the file holds no policy</source>
        <translation>die Datei enthält keine Richtlinie</translation>
    </message>
    <message>
        <source>a policy file is a policy (a mapping with id, kind, title, ...) or “policies:” with a list of them</source>
        <translation>eine Richtliniendatei ist eine Richtlinie (eine Zuordnung mit id, kind, title, …) oder „policies:“ mit einer Liste davon</translation>
    </message>
    <message>
        <source>the policy id “%1” is used twice in this file (first at line %2)</source>
        <translation>die Richtlinien-ID „%1“ kommt in dieser Datei zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than a policy file holds</source>
        <translation>die Datei ist größer als %1 MB, mehr als eine Richtliniendatei enthält</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the policy id “%1” is also used in %2</source>
        <translation>die Richtlinien-ID „%1“ wird auch in %2 verwendet</translation>
    </message>
    <message>
        <source>a standard policy needs a condition or rules</source>
        <translation>eine Standard-Richtlinie braucht eine Bedingung oder Regeln</translation>
    </message>
    <message>
        <source>the title %1</source>
        <translation>der Titel %1</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyEditor</name>
    <message>
        <source>Policy source (YAML)</source>
        <translation>Richtlinienquelle (YAML)</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyExports</name>
    <message>
        <source>From Tessera: %1 of %2 (%3)</source>
        <translation>Aus Tessera: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>From Tessera: %1 (%2)</source>
        <translation>Aus Tessera: %1 (%2)</translation>
    </message>
    <message>
        <source>Masks and grants from Tessera&apos;s policies, for the Unity Catalog catalog %1.</source>
        <translation>Masken und Berechtigungen aus den Richtlinien von Tessera, für den Unity-Catalog-Katalog %1.</translation>
    </message>
    <message>
        <source>Roles are account groups of the same names.</source>
        <translation>Rollen sind Kontogruppen gleichen Namens.</translation>
    </message>
    <message>
        <source>%1 of %2, by %3</source>
        <translation>%1 von %2, durch %3</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyVersionModel</name>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Tessera::PostgresCatalogStore</name>
    <message>
        <source>Could not connect to the catalog %1: %2</source>
        <translation>Keine Verbindung zum Katalog %1: %2</translation>
    </message>
    <message>
        <source>Setting up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>Reading your rights in the catalog</source>
        <translation>Lesen Ihrer Rechte im Katalog</translation>
    </message>
    <message>
        <source>The catalog %1 has no role for %2: a steward or the catalog&apos;s administrator grants one (tessera_steward, tessera_domain_owner or tessera_analyst) before Tessera can open it.</source>
        <translation>Der Katalog %1 hat keine Rolle für %2: Ein Data Steward oder die Administration des Katalogs vergibt eine (tessera_steward, tessera_domain_owner oder tessera_analyst), bevor Tessera ihn öffnen kann.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 do this; what a person may change is set by the role a steward gave them. Nothing was changed.</source>
        <translation>Der Server des Katalogs erlaubt %1 das nicht; was eine Person ändern darf, bestimmt die Rolle, die ein Data Steward ihr gegeben hat. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Asking the catalog&apos;s server about %1</source>
        <translation>Anfrage an den Server des Katalogs zu %1</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) change %3: it belongs to the domain %4, which they do not own, and they are not in its owning team. Nothing was changed.</source>
        <translation>Der Server des Katalogs lässt %1 (%2) %3 nicht ändern: Es gehört zur Domäne %4, die nicht in deren Besitz ist, und %1 gehört nicht zum besitzenden Team. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) put %3 in the domain %4, which they do not own, nor give it to a team they are not in. Nothing was changed.</source>
        <translation>Der Server des Katalogs lässt %1 (%2) %3 weder in die Domäne %4 verschieben, die nicht in deren Besitz ist, noch einem Team geben, dem %1 nicht angehört. Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Others were saving the same products at that moment, and the catalog&apos;s server could not fit this change in between, though Tessera tried %n more time(s). Nothing was changed; save again.</source>
        <translation>
            <numerusform>Andere haben im selben Moment dieselben Produkte gespeichert, und der Server des Katalogs konnte diese Änderung nicht dazwischen einordnen, obwohl Tessera es noch %n weiteres Mal versucht hat. Nichts wurde geändert; speichern Sie erneut.</numerusform>
            <numerusform>Andere haben im selben Moment dieselben Produkte gespeichert, und der Server des Katalogs konnte diese Änderung nicht dazwischen einordnen, obwohl Tessera es noch %n weitere Male versucht hat. Nichts wurde geändert; speichern Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the catalog&apos;s server who you are</source>
        <translation>Der Server des Katalogs wird gefragt, wer Sie sind</translation>
    </message>
    <message>
        <source>The catalog %1 was made by an older Tessera (catalog schema %2; this Tessera needs schema %3), and only its administrator can bring it up to date: a superuser of its server opens it once with this Tessera (for example tessera-cli source list --catalog URL). Until then, use the Tessera that made it. Nothing was changed.</source>
        <translation>Der Katalog %1 wurde von einem älteren Tessera angelegt (Katalogschema %2; dieses Tessera braucht Schema %3), und nur seine Administration kann ihn aktualisieren: Ein Superuser seines Servers öffnet ihn einmal mit diesem Tessera (zum Beispiel tessera-cli source list --catalog URL). Bis dahin verwenden Sie das Tessera, das ihn angelegt hat. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Asking the catalog&apos;s server about the source %1</source>
        <translation>Der Server des Katalogs wird nach der Quelle %1 gefragt</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) sync or remove the source %3: only stewards do, as nobody is recorded as having added it. Nothing was changed.</source>
        <translation>Der Server des Katalogs lässt %1 (%2) die Quelle %3 nicht synchronisieren oder entfernen: Das dürfen nur Data Stewards, da niemand als ihr Urheber verzeichnet ist. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) sync or remove the source %3: %4 added it, and only they and the stewards sync it. Nothing was changed.</source>
        <translation>Der Server des Katalogs lässt %1 (%2) die Quelle %3 nicht synchronisieren oder entfernen: %4 hat sie hinzugefügt, und nur diese Person und die Data Stewards synchronisieren sie. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewEngine</name>
    <message>
        <source>The preview worker stopped unexpectedly.</source>
        <translation>Der Vorschau-Prozess wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The preview worker ended (exit status %1).</source>
        <translation>Der Vorschau-Prozess wurde beendet (Exit-Status %1).</translation>
    </message>
    <message>
        <source>Cannot start the preview worker %1: %2</source>
        <translation>Der Vorschau-Prozess %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The preview worker sent something that is not a reply.</source>
        <translation>Der Vorschau-Prozess hat etwas gesendet, das keine Antwort ist.</translation>
    </message>
    <message>
        <source>Loading the sample was stopped: it ran past its time limit, and the preview worker was ended.</source>
        <translation>Das Laden der Stichprobe wurde gestoppt: Es hat sein Zeitlimit überschritten, und der Vorschau-Prozess wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>The query was stopped: it ran past the time limit of %n second(s), and the preview worker was ended.</source>
        <translation>
            <numerusform>Die Abfrage wurde gestoppt: Sie hat das Zeitlimit von %n Sekunde überschritten, und der Vorschau-Prozess wurde beendet.</numerusform>
            <numerusform>Die Abfrage wurde gestoppt: Sie hat das Zeitlimit von %n Sekunden überschritten, und der Vorschau-Prozess wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview worker was ended: it used %L1 MB, over the limit of %L2 MB.</source>
        <translation>Der Vorschau-Prozess wurde beendet: Er belegte %L1 MB, mehr als das Limit von %L2 MB.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Es gibt keine Anfrage %1.</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewPage</name>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>SELECT * FROM orders WHERE total_amount &gt; 100</source>
        <translation>SELECT * FROM orders WHERE total_amount &gt; 100</translation>
    </message>
    <message>
        <source>The recipe&apos;s SQL</source>
        <translation>SQL des Rezepts</translation>
    </message>
    <message>
        <source>Recipe (as SQL)</source>
        <translation>Rezept (als SQL)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Nullwerte</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Eindeutige</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) so far…</source>
        <translation>
            <numerusform>%Ln Zeile bisher…</numerusform>
            <numerusform>%Ln Zeilen bisher…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>The dataset the recipe starts from and the comparison is made with</source>
        <translation>Der Datensatz, mit dem das Rezept beginnt und mit dem verglichen wird</translation>
    </message>
    <message>
        <source> View as:</source>
        <translation> Ansicht als:</translation>
    </message>
    <message>
        <source>Samples are masked as the masking policies decide for this role</source>
        <translation>Stichproben werden so maskiert, wie es die Maskierungsrichtlinien für diese Rolle festlegen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the query or recipe on the samples (Ctrl+Return)</source>
        <translation>Die Abfrage oder das Rezept auf den Stichproben ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compare with Input</source>
        <translation>Mit Eingabe vergleichen</translation>
    </message>
    <message>
        <source>Show the rows the result adds, removes and changes, before and after side by side</source>
        <translation>Die Zeilen zeigen, die das Ergebnis hinzufügt, entfernt und ändert, vorher und nachher nebeneinander</translation>
    </message>
    <message>
        <source>Previews saved with the product</source>
        <translation>Mit dem Produkt gespeicherte Vorschauen</translation>
    </message>
    <message>
        <source>Save Preview…</source>
        <translation>Vorschau speichern…</translation>
    </message>
    <message>
        <source>Keep the query or recipe with the product, under a name</source>
        <translation>Die Abfrage oder das Rezept unter einem Namen beim Produkt aufbewahren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the result as CSV, masked as shown</source>
        <translation>Das Ergebnis als CSV schreiben, maskiert wie angezeigt</translation>
    </message>
    <message>
        <source>Add Sample File…</source>
        <translation>Stichprobendatei hinzufügen…</translation>
    </message>
    <message>
        <source>Samples (%1)</source>
        <translation>Stichproben (%1)</translation>
    </message>
    <message>
        <source>Add a Sample File</source>
        <translation>Stichprobendatei hinzufügen</translation>
    </message>
    <message>
        <source>Load a CSV, JSON lines or SQLite file as one more table, to join or compare</source>
        <translation>Eine CSV-, JSON-Lines- oder SQLite-Datei als weitere Tabelle laden, zum Verknüpfen oder Vergleichen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Loaded tables</source>
        <translation>Geladene Tabellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipe steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rezeptschritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recipe steps</source>
        <translation>Rezeptschritte</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>orders: count(*)
revenue: sum(total_amount)</source>
        <translation>orders: count(*)
revenue: sum(total_amount)</translation>
    </message>
    <message>
        <source>old_name: new_name</source>
        <translation>old_name: new_name</translation>
    </message>
    <message>
        <source>a, b</source>
        <translation>a, b</translation>
    </message>
    <message>
        <source>Columns here: %1</source>
        <translation>Vorhandene Spalten: %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>There is no product %1 in the catalog.</source>
        <translation>Der Katalog enthält kein Produkt %1.</translation>
    </message>
    <message>
        <source>No saved previews</source>
        <translation>Keine gespeicherten Vorschauen</translation>
    </message>
    <message>
        <source>Saved previews…</source>
        <translation>Gespeicherte Vorschauen…</translation>
    </message>
    <message>
        <source>%1 (recipe)</source>
        <translation>%1 (Rezept)</translation>
    </message>
    <message>
        <source>%1 (no sample)</source>
        <translation>%1 (keine Stichprobe)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>No dataset of %1 has sample data; attach a sample file to preview it.</source>
        <translation>Kein Datensatz von %1 hat Stichprobendaten; für eine Vorschau eine Stichprobendatei anhängen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>The recipe compiles to one query of %Ln step(s).</source>
        <translation>
            <numerusform>Das Rezept ergibt eine Abfrage aus %Ln Schritt.</numerusform>
            <numerusform>Das Rezept ergibt eine Abfrage aus %Ln Schritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, masked (%2)</source>
        <translation>%1, maskiert (%2)</translation>
    </message>
    <message>
        <source>Write a query, or add recipe steps, to run.</source>
        <translation>Zum Ausführen eine Abfrage schreiben oder Rezeptschritte hinzufügen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln Zeile in %1 ms</numerusform>
            <numerusform>%Ln Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The input dataset has no quality rules in its contract.</source>
        <translation>Der Eingabedatensatz hat in seinem Vertrag keine Qualitätsregeln.</translation>
    </message>
    <message numerus="yes">
        <source>Samples read; %Ln bad row(s) left out of %1.</source>
        <translation>
            <numerusform>Stichproben gelesen; %Ln fehlerhafte Zeile aus %1 ausgelassen.</numerusform>
            <numerusform>Stichproben gelesen; %Ln fehlerhafte Zeilen aus %1 ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples read. Write a query or add recipe steps, then run.</source>
        <translation>Stichproben gelesen. Eine Abfrage schreiben oder Rezeptschritte hinzufügen, dann ausführen.</translation>
    </message>
    <message>
        <source>whole rows</source>
        <translation>ganzen Zeilen</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Against %1 (by %2): %L3 added · %L4 removed · %L5 changed · %L6 the same</source>
        <translation>Verglichen mit %1 (nach %2): %L3 hinzugefügt · %L4 entfernt · %L5 geändert · %L6 gleich</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1…</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1 bins from %2 to %3: %4</source>
        <translation>%1 Intervalle von %2 bis %3: %4</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%Ln failing)</source>
        <translation>
            <numerusform>Qualität (%Ln nicht bestanden)</numerusform>
            <numerusform>Qualität (%Ln nicht bestanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Preview</source>
        <translation>Vorschau speichern</translation>
    </message>
    <message>
        <source>Name of the preview, kept with %1:</source>
        <translation>Name der Vorschau, aufbewahrt bei %1:</translation>
    </message>
    <message>
        <source>Saved the preview “%1” with %2.</source>
        <translation>Vorschau „%1“ bei %2 gespeichert.</translation>
    </message>
    <message>
        <source>saved preview “%1”</source>
        <translation>gespeicherte Vorschau „%1“</translation>
    </message>
    <message>
        <source>Opened “%1”, saved by %2.</source>
        <translation>„%1“ geöffnet, gespeichert von %2.</translation>
    </message>
    <message>
        <source>Export the Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>preview.csv</source>
        <translation>vorschau.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Attach Sample…</source>
        <translation>Stichprobe anhängen…</translation>
    </message>
    <message>
        <source>Attach a Sample to %1</source>
        <translation>Stichprobe an %1 anhängen</translation>
    </message>
    <message>
        <source>Attach Sample</source>
        <translation>Stichprobe anhängen</translation>
    </message>
    <message>
        <source>Keep a sample file with the chosen dataset in the catalog, for everyone who previews it</source>
        <translation>Eine Stichprobendatei mit dem gewählten Datensatz im Katalog ablegen, für alle, die ihn in der Vorschau ansehen</translation>
    </message>
    <message>
        <source>Choose a dataset of a product to attach a sample to.</source>
        <translation>Einen Datensatz eines Produkts wählen, an den die Stichprobe angehängt wird.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is now the sample of %2.</source>
        <translation>%1 ist jetzt die Stichprobe von %2.</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewResultModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (nachher)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewSandbox</name>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n Feld, wo die Kopfzeile %1 hat</numerusform>
            <numerusform>%n Felder, wo die Kopfzeile %1 hat</numerusform>
        </translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>Feld %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 MB</source>
        <translation>Feld %1 ist länger als %2 MB</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>reading %1, which is not a loaded sample</source>
        <translation>das Lesen von %1, das keine geladene Stichprobe ist,</translation>
    </message>
    <message>
        <source>the function %1()</source>
        <translation>die Funktion %1()</translation>
    </message>
    <message>
        <source>a recursive query</source>
        <translation>eine rekursive Abfrage</translation>
    </message>
    <message>
        <source>PRAGMA %1</source>
        <translation>PRAGMA %1</translation>
    </message>
    <message>
        <source>attaching a database</source>
        <translation>das Anhängen einer Datenbank</translation>
    </message>
    <message>
        <source>changing data</source>
        <translation>das Ändern von Daten</translation>
    </message>
    <message>
        <source>a transaction</source>
        <translation>eine Transaktion</translation>
    </message>
    <message>
        <source>a statement that is not a query</source>
        <translation>eine Anweisung, die keine Abfrage ist,</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was stopped: it ran past the time limit of %n second(s).</source>
        <translation>
            <numerusform>%1: gestoppt, das Zeitlimit von %n Sekunde wurde überschritten.</numerusform>
            <numerusform>%1: gestoppt, das Zeitlimit von %n Sekunden wurde überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was stopped: a value grew past the limit of %2 MB.</source>
        <translation>%1: gestoppt, ein Wert wuchs über das Limit von %2 MB.</translation>
    </message>
    <message>
        <source>%1 was stopped: it needed more memory than a preview may take.</source>
        <translation>%1: gestoppt, es wurde mehr Speicher benötigt, als eine Vorschau belegen darf.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>The sample is %L1 bytes; samples over %L2 bytes are not read.</source>
        <translation>Die Stichprobe hat %L1 Bytes; Stichproben über %L2 Bytes werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read the sample: %1</source>
        <translation>Die Stichprobe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sample is empty: a CSV sample starts with a header row.</source>
        <translation>Die Stichprobe ist leer: Eine CSV-Stichprobe beginnt mit einer Kopfzeile.</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>Die Kopfzeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The header row is not valid UTF-8 in field %1.</source>
        <translation>Die Kopfzeile ist in Feld %1 kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Loading the sample was cancelled.</source>
        <translation>Das Laden der Stichprobe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Row %L1 cannot be read: %2</source>
        <translation>Zeile %L1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading the sample</source>
        <translation>Laden der Stichprobe</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a line of JSON lines holds one object</source>
        <translation>eine Zeile von JSON Lines enthält ein Objekt</translation>
    </message>
    <message>
        <source>Line %L1 cannot be read: %2</source>
        <translation>Zeile %L1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sample has no values: each line of JSON lines is an object.</source>
        <translation>Die Stichprobe hat keine Werte: Jede Zeile von JSON Lines ist ein Objekt.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file: %1</source>
        <translation>Die SQLite-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the SQLite file: %1</source>
        <translation>Die SQLite-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The SQLite file has no tables.</source>
        <translation>Die SQLite-Datei hat keine Tabellen.</translation>
    </message>
    <message>
        <source>The SQLite file has %1 tables; say which to read: %2.</source>
        <translation>Die SQLite-Datei hat %1 Tabellen; geben Sie an, welche gelesen werden soll: %2.</translation>
    </message>
    <message>
        <source>The SQLite file has no table “%1”; it has %2.</source>
        <translation>Die SQLite-Datei hat keine Tabelle „%1“; sie hat %2.</translation>
    </message>
    <message>
        <source>The query is longer than %L1 bytes.</source>
        <translation>Die Abfrage ist länger als %L1 Bytes.</translation>
    </message>
    <message>
        <source>A preview only reads the samples: %1 is not allowed.</source>
        <translation>Eine Vorschau liest nur die Stichproben: %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The query cannot be run: %1</source>
        <translation>Die Abfrage kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>The query is too large or nested too deeply.</source>
        <translation>Die Abfrage ist zu groß oder zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>There is nothing to run: the query is empty.</source>
        <translation>Es gibt nichts auszuführen: Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>Run one statement at a time: a preview runs a single SELECT.</source>
        <translation>Führen Sie eine Anweisung nach der anderen aus: Eine Vorschau führt ein einzelnes SELECT aus.</translation>
    </message>
    <message>
        <source>A preview only reads the samples: the statement would change something.</source>
        <translation>Eine Vorschau liest nur die Stichproben: Die Anweisung würde etwas ändern.</translation>
    </message>
    <message>
        <source>The query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>There is no result %1 any more; run the query again.</source>
        <translation>Das Ergebnis %1 gibt es nicht mehr; führen Sie die Abfrage erneut aus.</translation>
    </message>
    <message>
        <source>Profiling the result</source>
        <translation>Profilerstellung des Ergebnisses</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The request was cancelled before it started.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie begann.</translation>
    </message>
    <message>
        <source>The preview worker does not know the request “%1”.</source>
        <translation>Der Vorschau-Prozess kennt die Anfrage „%1“ nicht.</translation>
    </message>
    <message>
        <source>There is no table %1 to compare with.</source>
        <translation>Es gibt keine Tabelle %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>The key %1 is not a column of both %2 and the result.</source>
        <translation>Der Schlüssel %1 ist nicht zugleich eine Spalte von %2 und des Ergebnisses.</translation>
    </message>
    <message>
        <source>The result has no column of %1 to compare.</source>
        <translation>Das Ergebnis hat keine Spalte von %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 is not allowed</source>
        <translation>%1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>a rule is one query</source>
        <translation>eine Regel ist eine einzelne Abfrage</translation>
    </message>
    <message>
        <source>a rule only reads</source>
        <translation>eine Regel liest nur</translation>
    </message>
    <message>
        <source>the query gives no number</source>
        <translation>die Abfrage ergibt keine Zahl</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>the result has no column %1</source>
        <translation>das Ergebnis hat keine Spalte %1</translation>
    </message>
    <message>
        <source>the rule has no query</source>
        <translation>die Regel hat keine Abfrage</translation>
    </message>
    <message>
        <source>%1 needs a column</source>
        <translation>%1 braucht eine Spalte</translation>
    </message>
    <message>
        <source>field %1 holds the character U+0000 (NUL)</source>
        <translation>Feld %1 enthält das Zeichen U+0000 (NUL)</translation>
    </message>
    <message>
        <source>The query holds the character U+0000 (NUL) at position %1; remove it.</source>
        <translation>Die Abfrage enthält an Position %1 das Zeichen U+0000 (NUL); entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>Tessera::ProblemModel</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Tessera::ProductEdit</name>
    <message>
        <source>There is no product %1 in this catalog</source>
        <translation>In diesem Katalog gibt es kein Produkt %1</translation>
    </message>
    <message>
        <source>Service level %1 has no property (latency, availability, retention, …)</source>
        <translation>Service-Level %1 hat keine Eigenschaft (Latenz, Verfügbarkeit, Aufbewahrung, …)</translation>
    </message>
    <message>
        <source>Service level %1 (%2) has no value</source>
        <translation>Service-Level %1 (%2) hat keinen Wert</translation>
    </message>
    <message>
        <source>The product %1 was removed from the catalog</source>
        <translation>Das Produkt %1 wurde aus dem Katalog entfernt</translation>
    </message>
</context>
<context>
    <name>Tessera::ProductPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Die Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Write Back to Folder</source>
        <translation>In den Ordner zurückschreiben</translation>
    </message>
    <message>
        <source>Write Back</source>
        <translation>Zurückschreiben</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. finance, daily</source>
        <translation>Durch Kommas getrennt, z. B. finance, daily</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Levels</translation>
    </message>
    <message>
        <source>Add Service Level</source>
        <translation>Service-Level hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Klassifizierung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service levels&lt;/b&gt;</source>
        <translation>&lt;b&gt;Service-Levels&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter columns by name, type, description, tag…</source>
        <translation>Spalten nach Name, Typ, Beschreibung, Schlagwort filtern …</translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation>Spalten filtern</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Quality rules</source>
        <translation>Qualitätsregeln</translation>
    </message>
    <message>
        <source>Select one change to see what it did, or two to compare those versions.</source>
        <translation>Wählen Sie eine Änderung, um zu sehen, was sie bewirkt hat, oder zwei, um diese Versionen zu vergleichen.</translation>
    </message>
    <message>
        <source>Differences between the selected versions</source>
        <translation>Unterschiede zwischen den ausgewählten Versionen</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere and has been reloaded.</source>
        <translation>%1 wurde anderswo geändert und neu geladen.</translation>
    </message>
    <message>
        <source>Links outside the catalog are not opened from here: %1</source>
        <translation>Links außerhalb des Katalogs werden von hier aus nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Schreibgeschützt.</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Double-click a description, classification or tags to edit it</source>
        <translation>Doppelklicken Sie auf eine Beschreibung, Klassifizierung oder Schlagwörter, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Save first: the saved product is what is written</source>
        <translation>Speichern Sie zuerst: Geschrieben wird das gespeicherte Produkt</translation>
    </message>
    <message>
        <source>Write this product to the files of the folder it came from</source>
        <translation>Dieses Produkt in die Dateien des Ordners schreiben, aus dem es stammt</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 domain</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>saved %1 by %2</source>
        <translation>gespeichert am %1 von %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification (the most sensitive column: %1)</source>
        <translation>Klassifizierung (die sensibelste Spalte: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Eigentümer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; none recorded</source>
        <translation>&lt;b&gt;Eigentümer:&lt;/b&gt; nicht erfasst</translation>
    </message>
    <message>
        <source>&lt;i&gt;No tags&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Schlagwörter&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Schlagwörter:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Kept in this catalog (not from a domain folder).</source>
        <translation>In diesem Katalog gepflegt (nicht aus einem Domänenordner).</translation>
    </message>
    <message>
        <source>From the domain folder “%1” (%2, file %3), synced %4.</source>
        <translation>Aus dem Domänenordner „%1“ (%2, Datei %3), abgeglichen am %4.</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Ausgangsports</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Physical name</source>
        <translation>Physischer Name</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Eingangsports</translation>
    </message>
    <message>
        <source>None: this product reads no other product.</source>
        <translation>Keine: Dieses Produkt liest kein anderes Produkt.</translation>
    </message>
    <message>
        <source>%1 (outside the catalog)</source>
        <translation>%1 (außerhalb des Katalogs)</translation>
    </message>
    <message>
        <source>%1 (not in this catalog)</source>
        <translation>%1 (nicht in diesem Katalog)</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>No product in this catalog reads this one.</source>
        <translation>Kein Produkt in diesem Katalog liest dieses.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Keine erfassten Änderungen.</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2).</source>
        <translation>%1 gespeichert (Revision %2).</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.

%1</source>
        <translation>Nichts wurde gespeichert; Ihre Änderungen sind noch vorhanden.

%1</translation>
    </message>
    <message>
        <source>Saved %1 over the other change (revision %2).</source>
        <translation>%1 über die andere Änderung gespeichert (Revision %2).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 back to %n file(s): %2</source>
        <translation>
            <numerusform>%1 in %n Datei zurückgeschrieben: %2</numerusform>
            <numerusform>%1 in %n Dateien zurückgeschrieben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from the catalog by someone else.</source>
        <translation>%1 wurde von jemand anderem aus dem Katalog entfernt.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalog; your changes can be copied but not saved here.</source>
        <translation>Dieses Produkt ist nicht mehr im Katalog; Ihre Änderungen können Sie kopieren, aber hier nicht speichern.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Show where this product&apos;s data comes from and where it goes</source>
        <translation>Zeigen, woher die Daten dieses Produkts kommen und wohin sie gehen</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>No pipeline run of this product is known.</source>
        <translation>Von diesem Produkt ist kein Pipeline-Lauf bekannt.</translation>
    </message>
    <message>
        <source>Runs come from OpenLineage events: a domain folder&apos;s lineage files, File ▸ Import Run Events, or the receiver (File ▸ Receive Run Events). They attach to the product through the datasets its jobs write.</source>
        <translation>Läufe stammen aus OpenLineage-Ereignissen: den Lineage-Dateien eines Domänenordners, Datei ▸ Lauf-Ereignisse importieren oder dem Empfänger (Datei ▸ Lauf-Ereignisse empfangen). Sie gehören über die Datensätze, die seine Jobs schreiben, zum Produkt.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>%1 of %2 runs in the last 7 days</source>
        <translation>%1 von %2 Läufen in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Open in the pipelines dashboard</source>
        <translation>In der Pipeline-Übersicht öffnen</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>No governance policies are chosen yet: View ▸ Governance starts with the sample ones.</source>
        <translation>Noch sind keine Governance-Richtlinien gewählt: Ansicht ▸ Governance beginnt mit den mitgelieferten.</translation>
    </message>
    <message>
        <source>%1, rule %2 in %3, line %4</source>
        <translation>%1, Regel %2 in %3, Zeile %4</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files: the governance tab shows them.</source>
        <translation>
            <numerusform>%n Problem in den Richtliniendateien: der Governance-Tab zeigt es.</numerusform>
            <numerusform>%n Probleme in den Richtliniendateien: der Governance-Tab zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy files: %1</source>
        <translation>Richtliniendateien: %1</translation>
    </message>
    <message numerus="yes">
        <source>Meets all %n standard policy(ies).</source>
        <translation>
            <numerusform>Erfüllt die %n Standardrichtlinie.</numerusform>
            <numerusform>Erfüllt alle %n Standardrichtlinien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fails %n rule(s) of the standard policies:</source>
        <translation>
            <numerusform>Verletzt %n Regel der Standardrichtlinien:</numerusform>
            <numerusform>Verletzt %n Regeln der Standardrichtlinien:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>Published policies: %1</source>
        <translation>Veröffentlichte Richtlinien: %1</translation>
    </message>
    <message>
        <source>Preview Sample</source>
        <translation>Stichprobenvorschau</translation>
    </message>
    <message>
        <source>Query and transform this product&apos;s sample data, masked for your role</source>
        <translation>Die Stichprobendaten dieses Produkts abfragen und umwandeln, maskiert für Ihre Rolle</translation>
    </message>
</context>
<context>
    <name>Tessera::Publishing</name>
    <message>
        <source>Only a data steward publishes governance policies; you work as %1.</source>
        <translation>Nur ein Data Steward veröffentlicht Governance-Richtlinien; Sie arbeiten als %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not published: it has %n problem(s), the first: %2</source>
        <translation>
            <numerusform>%1 wurde nicht veröffentlicht: sie hat %n Problem: %2</numerusform>
            <numerusform>%1 wurde nicht veröffentlicht: sie hat %n Probleme, das erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not published: it holds no policy.</source>
        <translation>%1 wurde nicht veröffentlicht: sie enthält keine Richtlinie.</translation>
    </message>
</context>
<context>
    <name>Tessera::QualityChecks</name>
    <message>
        <source>Could not open a database in memory for the sample.</source>
        <translation>Konnte keine Datenbank im Speicher für die Stichprobe öffnen.</translation>
    </message>
    <message>
        <source>an sql rule is one query, not several statements</source>
        <translation>eine sql-Regel ist eine Abfrage, nicht mehrere Anweisungen</translation>
    </message>
    <message>
        <source>the query took too long and was stopped</source>
        <translation>die Abfrage dauerte zu lange und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the query gives no number</source>
        <translation>die Abfrage ergibt keine Zahl</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must not be %1</source>
        <translation>darf nicht %1 sein</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must not be between %1 and %2</source>
        <translation>darf nicht zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>the sample of %1 has no column %2</source>
        <translation>die Stichprobe von %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>%1 needs a column</source>
        <translation>%1 braucht eine Spalte</translation>
    </message>
    <message>
        <source>%1 cannot be measured on sample data</source>
        <translation>%1 lässt sich nicht an Stichprobendaten messen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>the sql rule</source>
        <translation>die sql-Regel</translation>
    </message>
    <message>
        <source>%1 on the sample of %2 (%3): %4</source>
        <translation>%1 an der Stichprobe von %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2 (on the sample of %3)</source>
        <translation>%1 %2 (an der Stichprobe von %3)</translation>
    </message>
    <message>
        <source>sample rows</source>
        <translation>Zeilen der Stichprobe</translation>
    </message>
</context>
<context>
    <name>Tessera::QualityModel</name>
    <message>
        <source>null values</source>
        <translation>Nullwerte</translation>
    </message>
    <message>
        <source>missing values</source>
        <translation>fehlende Werte</translation>
    </message>
    <message>
        <source>invalid values</source>
        <translation>ungültige Werte</translation>
    </message>
    <message>
        <source>duplicate values</source>
        <translation>doppelte Werte</translation>
    </message>
    <message>
        <source>row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>not between</source>
        <translation>nicht zwischen</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Go to a product, dataset or column…</source>
        <translation>Zu einem Produkt, Dataset oder einer Spalte wechseln …</translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ zum Auswählen · Eingabe zum Öffnen · Esc zum Schließen</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickOpenModel</name>
    <message>
        <source>product in %1</source>
        <translation>Produkt in %1</translation>
    </message>
    <message>
        <source>dataset of %1</source>
        <translation>Dataset von %1</translation>
    </message>
    <message>
        <source>column of %1</source>
        <translation>Spalte von %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Recipes</name>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Duplikate entfernen</translation>
    </message>
    <message>
        <source>Same values in (all columns when empty)</source>
        <translation>Gleiche Werte in (alle Spalten, wenn leer)</translation>
    </message>
    <message>
        <source>Fill missing values</source>
        <translation>Fehlende Werte auffüllen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Format dates</source>
        <translation>Datumswerte formatieren</translation>
    </message>
    <message>
        <source>Format (strftime: %Y-%m-%d)</source>
        <translation>Format (strftime: %Y-%m-%d)</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Leerzeichen abschneiden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Replace text</source>
        <translation>Text ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Split a column</source>
        <translation>Spalte aufteilen</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Into new columns</source>
        <translation>In neue Spalten</translation>
    </message>
    <message>
        <source>Derived column</source>
        <translation>Abgeleitete Spalte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expression (SQL)</source>
        <translation>Ausdruck (SQL)</translation>
    </message>
    <message>
        <source>Keep rows</source>
        <translation>Zeilen behalten</translation>
    </message>
    <message>
        <source>Where (SQL condition)</source>
        <translation>Wo (SQL-Bedingung)</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregieren</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Measures (name: expression)</source>
        <translation>Kennzahlen (Name: Ausdruck)</translation>
    </message>
    <message>
        <source>Join a dataset</source>
        <translation>Datensatz verknüpfen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>On (column: its column)</source>
        <translation>Über (Spalte: ihre Spalte)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Its columns to add (all when empty)</source>
        <translation>Hinzuzufügende Spalten daraus (alle, wenn leer)</translation>
    </message>
    <message>
        <source>Encode</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Rename columns</source>
        <translation>Spalten umbenennen</translation>
    </message>
    <message>
        <source>Columns (old: new)</source>
        <translation>Spalten (alt: neu)</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Columns, in order</source>
        <translation>Spalten, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>a recipe is a mapping with name, input and steps</source>
        <translation>ein Rezept ist eine Zuordnung mit name, input und steps</translation>
    </message>
    <message>
        <source>unknown key “%1” (known here: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (hier bekannt: %2)</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>“input” is required: the dataset the first step reads</source>
        <translation>„input“ ist erforderlich: der Datensatz, den der erste Schritt liest</translation>
    </message>
    <message>
        <source>expected a list of steps, found %1</source>
        <translation>eine Liste von Schritten erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a step is a mapping with one key, its kind (%1)</source>
        <translation>ein Schritt ist eine Zuordnung mit einem Schlüssel, seiner Art (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a step: use %2</source>
        <translation>„%1“ ist kein Schritt: verwenden Sie %2</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2 (known: %3)</source>
        <translation>unbekanntes Feld „%1“ von %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>expected a column name, found %1</source>
        <translation>einen Spaltennamen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list of columns, found %1</source>
        <translation>eine Liste von Spalten erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a mapping (name: value), found %1</source>
        <translation>eine Zuordnung (Name: Wert) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>cannot read the recipe: %1</source>
        <translation>das Rezept kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>choose the dataset the recipe starts from</source>
        <translation>den Datensatz wählen, mit dem das Rezept beginnt</translation>
    </message>
    <message>
        <source>there is no dataset “%1” loaded (loaded: %2)</source>
        <translation>es ist kein Datensatz „%1“ geladen (geladen: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>step %1: “%2” is not a step</source>
        <translation>Schritt %1: „%2“ ist kein Schritt</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>there is no column “%1” here (columns: %2)</source>
        <translation>hier gibt es keine Spalte „%1“ (Spalten: %2)</translation>
    </message>
    <message>
        <source>a new column needs a name</source>
        <translation>eine neue Spalte braucht einen Namen</translation>
    </message>
    <message>
        <source>there is a column “%1” already</source>
        <translation>es gibt bereits eine Spalte „%1“</translation>
    </message>
    <message>
        <source>say how “%1” is computed, as count(*) or sum(amount)</source>
        <translation>angeben, wie „%1“ berechnet wird, etwa als count(*) oder sum(amount)</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 hat keine Spalte „%2“ (Spalten: %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::ResultQuality</name>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>a %1 rule is not measured by Tessera</source>
        <translation>eine %1-Regel wird von Tessera nicht gemessen</translation>
    </message>
    <message>
        <source>Tessera cannot measure this rule (%1 %2 %3)</source>
        <translation>Tessera kann diese Regel nicht messen (%1 %2 %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::Role</name>
    <message>
        <source>Data steward</source>
        <translation>Data Steward</translation>
    </message>
    <message>
        <source>Domain owner</source>
        <translation>Domänenverantwortlicher</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
</context>
<context>
    <name>Tessera::RunDetails</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Lauf von %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Stack trace (%1)</source>
        <translation>Stacktrace (%1)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Quality: %1 of %2 assertions passed</source>
        <translation>Qualität: %1 von %2 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
</context>
<context>
    <name>Tessera::RunTimelineModel</name>
    <message>
        <source>%1
run %2</source>
        <translation>%1
Lauf %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
</context>
<context>
    <name>Tessera::Runs</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Tessera::RuntimeInfo</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; Tessera cannot open a catalog.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; Tessera kann keinen Katalog öffnen.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 but Tessera is linked with SQLite %2; the preview and policy sandboxes need them to be the same library.</source>
        <translation>Der SQLite-Treiber von Qt verwendet SQLite %1, Tessera ist aber mit SQLite %2 gebunden; die Sandboxen für Vorschauen und Richtlinien brauchen dieselbe Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Tessera::SampleMesh</name>
    <message>
        <source>The bundled sample mesh has a problem: %1</source>
        <translation>Das mitgelieferte Beispiel-Mesh hat ein Problem: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2</source>
        <translation>%1 konnte nicht nach %2 kopiert werden</translation>
    </message>
</context>
<context>
    <name>Tessera::SchemaModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Physical type: %1</source>
        <translation>Physischer Typ: %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Required: may not be empty</source>
        <translation>Pflicht: darf nicht leer sein</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Pfl.</translation>
    </message>
    <message>
        <source>Unique: no two rows share a value</source>
        <translation>Eindeutig: keine zwei Zeilen haben denselben Wert</translation>
    </message>
    <message>
        <source>Uniq.</source>
        <translation>Eind.</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Teil des Primärschlüssels</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PS</translation>
    </message>
</context>
<context>
    <name>Tessera::Screenshots</name>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Tessera::SearchParser</name>
    <message>
        <source>the quote at column %1 is not closed</source>
        <translation>das Anführungszeichen in Spalte %1 wird nicht geschlossen</translation>
    </message>
    <message>
        <source>there is no facet &quot;%1&quot;; use %2</source>
        <translation>es gibt keine Facette „%1“; verwenden Sie %2</translation>
    </message>
</context>
<context>
    <name>Tessera::SearchResultModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>Tessera::SlaModel</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Klartext</translation>
    </message>
</context>
<context>
    <name>Tessera::SqliteCatalogStore</name>
    <message>
        <source>Could not create the folder %1 for the catalog.</source>
        <translation>Der Ordner %1 für den Katalog konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the catalog %1: %2</source>
        <translation>Der Katalog %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera catalog: %2</source>
        <translation>%1 ist kein Tessera-Katalog: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is busy: another Tessera or program has been writing to it for more than 5 seconds. Nothing was changed; try again when it is done.</source>
        <translation>Der Katalog %1 ist belegt: Ein anderes Tessera oder Programm schreibt seit mehr als 5 Sekunden hinein. Es wurde nichts geändert; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be written: the file or its folder is read-only. Nothing was changed.</source>
        <translation>Der Katalog %1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The catalog %1 could not be read or written (an input/output error of the disk). Nothing was changed; try again, and check the disk if it happens again.</source>
        <translation>Der Katalog %1 konnte nicht gelesen oder geschrieben werden (ein Ein-/Ausgabefehler des Datenträgers). Es wurde nichts geändert; versuchen Sie es erneut und prüfen Sie den Datenträger, wenn es wieder geschieht.</translation>
    </message>
    <message>
        <source>The disk holding the catalog %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger mit dem Katalog %1 ist voll. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or is not a Tessera catalog. Tessera keeps it read-only: nothing more is written to it. Restore it from a backup, or export what it still shows into a new catalog.</source>
        <translation>Der Katalog %1 ist beschädigt oder kein Tessera-Katalog. Tessera hält ihn schreibgeschützt: Es wird nichts mehr hineingeschrieben. Stellen Sie ihn aus einer Sicherung wieder her oder exportieren Sie, was er noch zeigt, in einen neuen Katalog.</translation>
    </message>
    <message>
        <source>The catalog %1 is busy with other work of this Tessera (a table it needs is in use). Nothing was changed; try again in a moment.</source>
        <translation>Der Katalog %1 ist mit anderer Arbeit dieses Tessera beschäftigt (eine benötigte Tabelle ist in Gebrauch). Nichts wurde geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Tessera::StandardFiles</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the contract id %1 is used by %2 too</source>
        <translation>die Vertrags-ID %1 wird auch von %2 verwendet</translation>
    </message>
    <message>
        <source>two files describe the product %1</source>
        <translation>zwei Dateien beschreiben das Produkt %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Standards</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ODCS data contract</source>
        <translation>ODCS-Datenvertrag</translation>
    </message>
    <message>
        <source>ODPS data product</source>
        <translation>ODPS-Datenprodukt</translation>
    </message>
    <message>
        <source>DPDS data product descriptor</source>
        <translation>DPDS-Datenproduktbeschreibung</translation>
    </message>
    <message>
        <source>not an ODCS contract (kind: DataContract), an ODPS product (kind: DataProduct) or a DPDS descriptor (dataProductDescriptor)</source>
        <translation>weder ein ODCS-Vertrag (kind: DataContract) noch ein ODPS-Produkt (kind: DataProduct) noch eine DPDS-Beschreibung (dataProductDescriptor)</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build of Tessera</source>
        <translation>das Schema %1 fehlt in diesem Build von Tessera</translation>
    </message>
    <message>
        <source>the contract says %1 but uses ODCS v3.1.0; it was read as v3.1.0</source>
        <translation>der Vertrag nennt %1, verwendet aber ODCS v3.1.0; er wurde als v3.1.0 gelesen</translation>
    </message>
    <message>
        <source>not a document of a known standard</source>
        <translation>kein Dokument eines bekannten Standards</translation>
    </message>
    <message>
        <source>%1 fails %2 (%3): “%4” is not true</source>
        <translation>%1 verletzt %2 (%3): „%4“ ist nicht wahr</translation>
    </message>
    <message>
        <source>%1 fails %2 (%3): “%4” is not true, with %5</source>
        <translation>%1 verletzt %2 (%3): „%4“ ist nicht wahr, mit %5</translation>
    </message>
    <message>
        <source>condition of %1: %2</source>
        <translation>Bedingung von %1: %2</translation>
    </message>
    <message>
        <source>There is no product %1 in the catalog.</source>
        <translation>Der Katalog enthält kein Produkt %1.</translation>
    </message>
</context>
<context>
    <name>Tessera::Sync</name>
    <message numerus="yes">
        <source>nothing changed: %n problem(s)</source>
        <translation>
            <numerusform>nichts geändert: %n Problem</numerusform>
            <numerusform>nichts geändert: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a source: use lower-case letters, digits, - and _</source>
        <translation>„%1“ kann keine Quelle benennen: Verwenden Sie Kleinbuchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>there is a source named %1 already (%2)</source>
        <translation>es gibt bereits eine Quelle namens %1 (%2)</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>es gibt keine Quelle namens %1</translation>
    </message>
    <message>
        <source>the folder of the source %1 is gone: %2</source>
        <translation>der Ordner der Quelle %1 ist verschwunden: %2</translation>
    </message>
    <message>
        <source>%1 is already in the catalog, made or imported there; it is not taken over from this folder</source>
        <translation>%1 ist bereits im Katalog, dort angelegt oder importiert; es wird nicht aus diesem Ordner übernommen</translation>
    </message>
    <message>
        <source>%1 already comes from the source %2</source>
        <translation>%1 kommt bereits aus der Quelle %2</translation>
    </message>
    <message>
        <source>%1 was edited in Tessera (revision %2) and changed in its folder since the last sync; write the edit back or discard it, then sync again</source>
        <translation>%1 wurde in Tessera bearbeitet (Revision %2) und seit dem letzten Abgleich in seinem Ordner geändert; schreiben Sie die Bearbeitung zurück oder verwerfen Sie sie und gleichen Sie dann erneut ab</translation>
    </message>
    <message>
        <source>%1 was edited in Tessera (revision %2) but its files are gone from the folder</source>
        <translation>%1 wurde in Tessera bearbeitet (Revision %2), aber seine Dateien sind aus dem Ordner verschwunden</translation>
    </message>
    <message>
        <source>there is no product %1</source>
        <translation>es gibt kein Produkt %1</translation>
    </message>
    <message>
        <source>%1 did not come from a source folder; export it instead</source>
        <translation>%1 stammt nicht aus einem Quellordner; exportieren Sie es stattdessen</translation>
    </message>
    <message>
        <source>the source %1 of %2 is no longer registered</source>
        <translation>die Quelle %1 von %2 ist nicht mehr eingetragen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the files of %1 changed in the folder since the last sync; sync first, then write back</source>
        <translation>die Dateien von %1 wurden seit dem letzten Abgleich im Ordner geändert; erst abgleichen, dann zurückschreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 came from a %2 file; Tessera writes back ODPS product files and ODCS contracts only</source>
        <translation>%1 stammt aus einer %2-Datei; Tessera schreibt nur ODPS-Produktdateien und ODCS-Verträge zurück</translation>
    </message>
</context>
<context>
    <name>Tessera::TextCheck</name>
    <message>
        <source>zero-width space</source>
        <translation>Leerzeichen ohne Breite</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>Bindungsverhinderer ohne Breite</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>Verbinder ohne Breite</translation>
    </message>
    <message>
        <source>direction mark</source>
        <translation>Richtungsmarke</translation>
    </message>
    <message>
        <source>bidirectional override</source>
        <translation>Richtungsüberschreibung</translation>
    </message>
    <message>
        <source>bidirectional isolate</source>
        <translation>Richtungsisolierung</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>weicher Trennstrich</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>Wortverbinder</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit a name</source>
        <translation>ist %1 Zeichen lang; ein Name hat höchstens %2</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 character pair at position %1 (the text was damaged on its way)</source>
        <translation>enthält an Position %1 ein halbes UTF-16-Zeichenpaar (der Text wurde unterwegs beschädigt)</translation>
    </message>
    <message>
        <source>contains the control character %1 at position %2</source>
        <translation>enthält an Position %2 das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>contains the invisible character %1 at position %2</source>
        <translation>enthält an Position %2 das unsichtbare Zeichen %1</translation>
    </message>
    <message>
        <source>contains the invisible character %1 (%2) at position %3</source>
        <translation>enthält an Position %3 das unsichtbare Zeichen %1 (%2)</translation>
    </message>
    <message>
        <source>contains the line break %1 at position %2</source>
        <translation>enthält an Position %2 den Zeilenumbruch %1</translation>
    </message>
</context>
<context>
    <name>Tessera::TrendChart</name>
    <message>
        <source>Compliance trend</source>
        <translation>Compliance-Verlauf</translation>
    </message>
    <message>
        <source>No trend yet: it starts once policies are published (Publish…), and grows as products change.</source>
        <translation>Noch kein Verlauf: er beginnt, sobald Richtlinien veröffentlicht sind (Veröffentlichen…), und wächst, wenn sich Produkte ändern.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Tessera::YamlReader</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %L1 values (are aliases expanding without end?)</source>
        <translation>mehr als %L1 Werte (dehnen sich Aliase ohne Ende aus?)</translation>
    </message>
    <message>
        <source>a key must be plain text</source>
        <translation>ein Schlüssel muss einfacher Text sein</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the file is %L1 bytes; files over %L2 bytes are not read</source>
        <translation>die Datei hat %L1 Bytes; Dateien über %L2 Bytes werden nicht gelesen</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1)</source>
        <translation>kein gültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file holds %1 YAML documents; one is expected</source>
        <translation>die Datei enthält %1 YAML-Dokumente; erwartet wird eines</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %L1 values from %L2 written ones</source>
        <translation>YAML-Aliase dehnen sich auf mehr als %L1 Werte aus %L2 geschriebenen aus</translation>
    </message>
    <message>
        <source>the text holds the character U+0000 (NUL), which a catalog cannot keep</source>
        <translation>der Text enthält das Zeichen U+0000 (NUL), das kein Katalog speichern kann</translation>
    </message>
    <message>
        <source>a key holds the character U+0000 (NUL)</source>
        <translation>ein Schlüssel enthält das Zeichen U+0000 (NUL)</translation>
    </message>
    <message>
        <source>the file holds the control character U+%1, which YAML and JSON allow only escaped</source>
        <translation>die Datei enthält das Steuerzeichen U+%1, das YAML und JSON nur mit Escape erlauben</translation>
    </message>
    <message>
        <source>not valid YAML: &quot;%1&quot; cannot start a value here</source>
        <translation>kein gültiges YAML: „%1“ kann hier keinen Wert beginnen</translation>
    </message>
    <message>
        <source>an escape names U+%1, half of a UTF-16 surrogate pair, which this reader does not join: write the character itself, or as one \U escape of eight digits (\U0001F600)</source>
        <translation>ein Escape nennt U+%1, die Hälfte eines UTF-16-Surrogatpaars, das dieser Leser nicht zusammenfügt: Schreiben Sie das Zeichen selbst oder als ein \U-Escape mit acht Ziffern (\U0001F600)</translation>
    </message>
    <message>
        <source>an escape names U+%1, which is not a character</source>
        <translation>ein Escape nennt U+%1, das kein Zeichen ist</translation>
    </message>
</context>
</TS>
