<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Tessera::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tessera %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tessera %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for the people who run a data mesh: a federated catalog of data products, lineage, pipeline runs, governance policies and transformation previews.</source>
        <translation>Un atelier de bureau pour celles et ceux qui font vivre un data mesh : un catalogue fédéré de produits de données, leur lignage, les exécutions de pipelines, les politiques de gouvernance et des aperçus de transformations.</translation>
    </message>
    <message>
        <source>%1 (Qt&apos;s driver: %2)</source>
        <translation>%1 (pilote de Qt : %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
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
        <translation>Copier les versions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries in use&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothèques utilisées&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityModel</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Tessera::Application</name>
    <message>
        <source>Try &quot;tessera --help&quot; for the options.</source>
        <translation>« tessera --help » présente les options.</translation>
    </message>
</context>
<context>
    <name>Tessera::Badges</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n ligne inchangée</numerusform>
            <numerusform>%n lignes inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>Tessera::Catalog</name>
    <message>
        <source>wk</source>
        <translation>sem.</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>an</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classifié</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>latency ≤ %1</source>
        <translation>latence ≤ %1</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>disponibilité %1</translation>
    </message>
    <message>
        <source>kept for %1</source>
        <translation>conservé pendant %1</translation>
    </message>
    <message>
        <source>updated every %1</source>
        <translation>fréquence de mise à jour %1</translation>
    </message>
    <message>
        <source>error rate ≤ %1</source>
        <translation>taux d’erreur ≤ %1</translation>
    </message>
    <message>
        <source>throughput ≥ %1</source>
        <translation>débit ≥ %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>disponible %1</translation>
    </message>
    <message>
        <source>generally available from %1</source>
        <translation>disponibilité générale à partir du %1</translation>
    </message>
    <message>
        <source>supported until %1</source>
        <translation>pris en charge jusqu’au %1</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>fin de vie %1</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>service levels</source>
        <translation>niveaux de service</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>quality rules</source>
        <translation>règles de qualité</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentation</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogLocation</name>
    <message>
        <source>No catalog given: name a catalog file or a postgresql:// URL.</source>
        <translation>Aucun catalogue indiqué : donnez un fichier de catalogue ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>The catalog URL contains a password. Leave it out: Tessera asks for it and keeps it in the system keychain.</source>
        <translation>L’URL du catalogue contient un mot de passe. Retirez-le : Tessera le demande et le garde dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The catalog URL names no database; write it as postgresql://user@host/database.</source>
        <translation>L’URL du catalogue ne nomme aucune base ; écrivez-la sous la forme postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>Unknown kind of catalog location &quot;%1&quot;: use a file path or a postgresql:// URL.</source>
        <translation>Type d’emplacement de catalogue inconnu « %1 » : utilisez un chemin de fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>%1 is a folder; a catalog is a file.</source>
        <translation>%1 est un dossier ; un catalogue est un fichier.</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>serveur local</translation>
    </message>
    <message>
        <source>The catalog URL is not valid; write it as postgresql://user@host/database, with options after a &quot;?&quot; (sslmode=verify-full, ...).</source>
        <translation>L’URL du catalogue n’est pas valide ; écrivez-la postgresql://utilisateur@hote/base, les options après un « ? » (sslmode=verify-full, …).</translation>
    </message>
    <message>
        <source>The catalog URL contains a password (%1). Leave it out: Tessera asks for it and keeps it in the system keychain.</source>
        <translation>L’URL du catalogue contient un mot de passe (%1). Retirez-le : Tessera le demande et le garde dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The catalog URL&apos;s option &quot;%1&quot; is not taken: name the server, login and database in the URL itself (postgresql://user@host:port/database); the options Tessera takes are %2.</source>
        <translation>L’option « %1 » de l’URL du catalogue n’est pas acceptée : nommez le serveur, l’identifiant et la base dans l’URL elle-même (postgresql://utilisateur@hote:port/base) ; Tessera accepte les options %2.</translation>
    </message>
    <message>
        <source>The catalog URL&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Le port « %1 » de l’URL du catalogue n’est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The catalog URL&apos;s option &quot;%1&quot; holds a space or a quote, which libpq would misread.</source>
        <translation>L’option « %1 » de l’URL du catalogue contient une espace ou un guillemet, que libpq lirait mal.</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogStore</name>
    <message>
        <source>%1 failed in the catalog %2: %3</source>
        <translation>%1 a échoué dans le catalogue %2 : %3</translation>
    </message>
    <message>
        <source>The database driver for %1 is not available.</source>
        <translation>Le pilote de base de données pour %1 n’est pas disponible.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Tessera (catalog schema %2; this Tessera knows up to %3). Update Tessera to open it.</source>
        <translation>Le catalogue %1 a été écrit par un Tessera plus récent (schéma %2 ; ce Tessera connaît jusqu’au %3). Mettez Tessera à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Could not bring the catalog %1 to schema %2: %3</source>
        <translation>Impossible de faire passer le catalogue %1 au schéma %2 : %3</translation>
    </message>
    <message>
        <source>Reading the domains</source>
        <translation>La lecture des domaines</translation>
    </message>
    <message>
        <source>Reading the teams</source>
        <translation>La lecture des équipes</translation>
    </message>
    <message>
        <source>Reading the team members</source>
        <translation>La lecture des membres d’équipe</translation>
    </message>
    <message>
        <source>Counting the products</source>
        <translation>Le comptage des produits</translation>
    </message>
    <message>
        <source>Reading the product %1</source>
        <translation>La lecture du produit %1</translation>
    </message>
    <message>
        <source>Removing the old rows of %1</source>
        <translation>La suppression des anciennes lignes de %1</translation>
    </message>
    <message>
        <source>Writing the product %1</source>
        <translation>L’écriture du produit %1</translation>
    </message>
    <message>
        <source>Preparing a statement failed in the catalog %1: %2</source>
        <translation>La préparation d’une instruction a échoué dans le catalogue %1 : %2</translation>
    </message>
    <message>
        <source>Reading the end of the audit log</source>
        <translation>La lecture de la fin du journal d’audit</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>L’écriture du journal d’audit</translation>
    </message>
    <message>
        <source>A product needs an id, a name and a domain.</source>
        <translation>Un produit doit avoir un identifiant, un nom et un domaine.</translation>
    </message>
    <message>
        <source>%1 was removed by someone else after you started editing it.</source>
        <translation>%1 a été supprimé par quelqu’un d’autre après le début de votre modification.</translation>
    </message>
    <message>
        <source>A product with the id %1 already exists.</source>
        <translation>Un produit d’identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you started editing it (your edit started from revision %4, the catalog has revision %5).</source>
        <translation>%1 a été modifié par %2 à %3 après le début de votre modification (votre modification part de la révision %4, le catalogue en est à la révision %5).</translation>
    </message>
    <message>
        <source>%1 is not in the catalog (any more).</source>
        <translation>%1 n’est pas (ou plus) dans le catalogue.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you looked at it; it was not removed.</source>
        <translation>%1 a été modifié par %2 après votre consultation ; il n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>Writing the domain %1</source>
        <translation>L’écriture du domaine %1</translation>
    </message>
    <message>
        <source>Writing the team %1</source>
        <translation>L’écriture de l’équipe %1</translation>
    </message>
    <message>
        <source>Writing the members of the team %1</source>
        <translation>L’écriture des membres de l’équipe %1</translation>
    </message>
    <message>
        <source>A product needs an id, a name and a domain (%1).</source>
        <translation>Un produit doit avoir un identifiant, un nom et un domaine (%1).</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>La lecture du journal d’audit</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>l’entrée %1 manque</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>l’entrée %1 ne suit pas l’entrée précédente</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>l’entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>Le journal d’audit est rompu : %1.</translation>
    </message>
    <message>
        <source>The audit log is broken: entries after %1 were removed.</source>
        <translation>Le journal d’audit est rompu : des entrées après %1 ont été supprimées.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>La recherche</translation>
    </message>
    <message>
        <source>Counting the facets</source>
        <translation>Le comptage des facettes</translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation>La lecture des sources</translation>
    </message>
    <message>
        <source>Writing the source %1</source>
        <translation>L’écriture de la source %1</translation>
    </message>
    <message>
        <source>Removing the source %1</source>
        <translation>La suppression de la source %1</translation>
    </message>
    <message>
        <source>Reading the products of the source %1</source>
        <translation>La lecture des produits de la source %1</translation>
    </message>
    <message>
        <source>Finding datasets and columns</source>
        <translation>La recherche des jeux de données et des colonnes</translation>
    </message>
    <message>
        <source>Writing the lineage of ingested events</source>
        <translation>Écriture du lignage des événements ingérés</translation>
    </message>
    <message>
        <source>Writing the lineage of the source %1</source>
        <translation>Écriture du lignage de la source %1</translation>
    </message>
    <message>
        <source>Reading the lineage</source>
        <translation>Lecture du lignage</translation>
    </message>
    <message>
        <source>Reading the column lineage</source>
        <translation>Lecture du lignage des colonnes</translation>
    </message>
    <message>
        <source>Reading the products for the lineage</source>
        <translation>Lecture des produits pour le lignage</translation>
    </message>
    <message>
        <source>Reading the datasets for the lineage</source>
        <translation>Lecture des jeux de données pour le lignage</translation>
    </message>
    <message>
        <source>Reading the columns for the lineage</source>
        <translation>Lecture des colonnes pour le lignage</translation>
    </message>
    <message>
        <source>Reading the input ports for the lineage</source>
        <translation>Lecture des ports d’entrée pour le lignage</translation>
    </message>
    <message>
        <source>Reading the service levels for the lineage</source>
        <translation>Lecture des niveaux de service pour le lignage</translation>
    </message>
    <message>
        <source>Ingesting OpenLineage events</source>
        <translation>Ingestion des événements OpenLineage</translation>
    </message>
    <message>
        <source>Reading the runs</source>
        <translation>Lecture des exécutions</translation>
    </message>
    <message>
        <source>Reading the datasets of runs</source>
        <translation>Lecture des jeux de données des exécutions</translation>
    </message>
    <message>
        <source>Reading the run %1</source>
        <translation>Lecture de l’exécution %1</translation>
    </message>
    <message>
        <source>Reading the events of the run %1</source>
        <translation>Lecture des événements de l’exécution %1</translation>
    </message>
    <message>
        <source>Reading the facets of the job %1</source>
        <translation>Lecture des facettes du job %1</translation>
    </message>
    <message>
        <source>Reading the facets of the dataset %1</source>
        <translation>Lecture des facettes du jeu de données %1</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>Lecture des produits</translation>
    </message>
    <message>
        <source>Reading the %1 of %2</source>
        <translation>Lecture : %1 de %2</translation>
    </message>
    <message>
        <source>Reading the %1</source>
        <translation>Lecture : %1</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>service levels</source>
        <translation>niveaux de service</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>column tags</source>
        <translation>étiquettes de colonnes</translation>
    </message>
    <message>
        <source>quality rules</source>
        <translation>règles de qualité</translation>
    </message>
    <message>
        <source>input ports</source>
        <translation>ports d’entrée</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>A policy file is published under its file name, not “%1”.</source>
        <translation>Un fichier de politiques est publié sous son nom de fichier, pas « %1 ».</translation>
    </message>
    <message>
        <source>Reading the published versions of %1</source>
        <translation>La lecture des versions publiées de %1</translation>
    </message>
    <message>
        <source>%1 was published as version %2 by someone else after you looked at it (you saw version %3): nothing was published. Look at their version first.</source>
        <translation>%1 a été publié en version %2 par quelqu’un d’autre après que vous l’avez consulté (vous aviez vu la version %3) : rien n’a été publié. Consultez d’abord leur version.</translation>
    </message>
    <message>
        <source>Publishing %1</source>
        <translation>La publication de %1</translation>
    </message>
    <message>
        <source>Reading the published policies</source>
        <translation>La lecture des politiques publiées</translation>
    </message>
    <message>
        <source>Recording the compliance trend</source>
        <translation>L’enregistrement de l’évolution de la conformité</translation>
    </message>
    <message>
        <source>Reading the compliance trend</source>
        <translation>La lecture de l’évolution de la conformité</translation>
    </message>
    <message>
        <source>A saved preview needs a name.</source>
        <translation>Un aperçu enregistré doit avoir un nom.</translation>
    </message>
    <message>
        <source>A saved preview is a query (sql) or a recipe, not “%1”.</source>
        <translation>Un aperçu enregistré est une requête (sql) ou une recette, pas « %1 ».</translation>
    </message>
    <message>
        <source>Saving the preview %1 of %2</source>
        <translation>L’enregistrement de l’aperçu %1 de %2</translation>
    </message>
    <message>
        <source>Removing the preview %1 of %2</source>
        <translation>La suppression de l’aperçu %1 de %2</translation>
    </message>
    <message>
        <source>Reading the previews of %1</source>
        <translation>La lecture des aperçus de %1</translation>
    </message>
    <message>
        <source>Attaching a sample to %1 of %2</source>
        <translation>Le rattachement d’un échantillon à %1 de %2</translation>
    </message>
    <message>
        <source>Reading the samples of %1</source>
        <translation>La lecture des échantillons de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged, so Tessera keeps it read-only: nothing more is written to it. Restore it from a backup, or export what it still shows into a new catalog.</source>
        <translation>Le catalogue %1 est endommagé, Tessera le garde donc en lecture seule : plus rien n’y est écrit. Restaurez-le depuis une sauvegarde, ou exportez ce qu’il montre encore dans un nouveau catalogue.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server did not let %1 remove the rows of %2; nothing was changed.</source>
        <translation>Le serveur du catalogue n’a pas laissé %1 supprimer les lignes de %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: the %2 %3.</source>
        <translation>%1 : le champ « %2 » %3.</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>Le domaine %1</translation>
    </message>
    <message>
        <source>The team %1</source>
        <translation>L’équipe %1</translation>
    </message>
    <message>
        <source>The product %1</source>
        <translation>Le produit %1</translation>
    </message>
    <message>
        <source>Removing the previews and samples of %1</source>
        <translation>Suppression des aperçus et des échantillons de %1</translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::CatalogViews</name>
    <message>
        <source>Could not build the policies&apos; views (%1): %2</source>
        <translation>Impossible de construire les vues des politiques (%1) : %2</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>la condition est vide</translation>
    </message>
    <message>
        <source>not allowed in a condition: only reading %1 and calling %2</source>
        <translation>interdit dans une condition : seulement lire %1 et appeler %2</translation>
    </message>
    <message>
        <source>a condition is one expression, not several statements</source>
        <translation>une condition est une expression, pas plusieurs instructions</translation>
    </message>
    <message>
        <source>the condition took too long (more than %1 million steps) and was stopped</source>
        <translation>la condition a pris trop de temps (plus de %1 millions d’étapes) et a été arrêtée</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the policies&apos; views: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les vues des politiques : %1</translation>
    </message>
    <message>
        <source>Could not open a database for the policies&apos; views in %1.</source>
        <translation>Impossible d’ouvrir une base de données pour les vues des politiques dans %1.</translation>
    </message>
    <message>
        <source>Could not update the policies&apos; views (%1): %2</source>
        <translation>Impossible de mettre à jour les vues des politiques (%1) : %2</translation>
    </message>
    <message>
        <source>products has no column %1</source>
        <translation>products n’a pas de colonne %1</translation>
    </message>
    <message>
        <source>a query is one statement, not several</source>
        <translation>une requête est une seule instruction, pas plusieurs</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>Tessera::Cli</name>
    <message>
        <source>tessera-cli info: unexpected argument &quot;%1&quot;</source>
        <translation>tessera-cli info : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Tessera %1</source>
        <translation>Tessera %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt : %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite: %1 (Qt&apos;s driver: %2)</source>
        <translation>SQLite : %1 (pilote de Qt : %2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>PostgreSQL driver: %1</source>
        <translation>Pilote PostgreSQL : %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <source>Show the versions of Tessera and its libraries, and check the SQLite driver.</source>
        <translation>Affiche les versions de Tessera et de ses bibliothèques, et vérifie le pilote SQLite.</translation>
    </message>
    <message>
        <source>Write machine-readable JSON instead of text.</source>
        <translation>Écrire du JSON lisible par une machine au lieu de texte.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>La commande à exécuter (voir ci-dessous).</translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation>COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Try &quot;tessera-cli --help&quot;.</source>
        <translation>Voir « tessera-cli --help ».</translation>
    </message>
    <message>
        <source>tessera-cli: no command given.</source>
        <translation>tessera-cli : aucune commande indiquée.</translation>
    </message>
    <message>
        <source>tessera-cli: unknown command &quot;%1&quot;. Try &quot;tessera-cli --help&quot;.</source>
        <translation>tessera-cli : commande inconnue « %1 ». Voir « tessera-cli --help ».</translation>
    </message>
    <message>
        <source>Tessera&apos;s command line, for scripts and continuous integration.</source>
        <translation>La ligne de commande de Tessera, pour les scripts et l’intégration continue.</translation>
    </message>
    <message>
        <source>Check ODCS, ODPS and DPDS files (or folders of them) against their standards: validate FILE...</source>
        <translation>Vérifier des fichiers ODCS, ODPS et DPDS (ou des dossiers qui en contiennent) selon leurs standards : validate FICHIER...</translation>
    </message>
    <message>
        <source>tessera-cli validate: name the files or folders to check.</source>
        <translation>tessera-cli validate : indiquez les fichiers ou dossiers à vérifier.</translation>
    </message>
    <message>
        <source>tessera-cli validate: %1: no such file or folder</source>
        <translation>tessera-cli validate : %1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>tessera-cli validate: no standard files (*.odcs.yaml, *.odps.yaml, *.dpds.yaml) found</source>
        <translation>tessera-cli validate : aucun fichier standard (*.odcs.yaml, *.odps.yaml, *.dpds.yaml) trouvé</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: valid %2 %3</source>
        <translation>%1 : %2 %3 valide</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n fichier vérifié</numerusform>
            <numerusform>%n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog: a file or a postgresql:// URL (default: your own).</source>
        <translation>Le catalogue : un fichier ou une URL postgresql:// (par défaut : le vôtre).</translation>
    </message>
    <message>
        <source>CATALOG</source>
        <translation>CATALOGUE</translation>
    </message>
    <message>
        <source>tessera-cli import: name the files or folders to import.</source>
        <translation>tessera-cli import : indiquez les fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>tessera-cli import: %1: no such file or folder</source>
        <translation>tessera-cli import : %1 : fichier ou dossier introuvable</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have problems.</source>
        <translation>
            <numerusform>Rien n’a été importé : %n fichier pose problème.</numerusform>
            <numerusform>Rien n’a été importé : %n fichiers posent problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s) into %1</source>
        <translation>
            <numerusform>%n produit importé dans %1</numerusform>
            <numerusform>%n produits importés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated.</source>
        <translation>%1 nouveaux, %2 mis à jour.</translation>
    </message>
    <message>
        <source>The id of the product to export.</source>
        <translation>L’identifiant du produit à exporter.</translation>
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
        <translation>Le dossier où écrire.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>tessera-cli export: --product ID and --out DIR are needed.</source>
        <translation>tessera-cli export : --product ID et --out DOSSIER sont nécessaires.</translation>
    </message>
    <message>
        <source>tessera-cli export: %1</source>
        <translation>tessera-cli export : %1</translation>
    </message>
    <message>
        <source>no product %1 in the catalog</source>
        <translation>aucun produit %1 dans le catalogue</translation>
    </message>
    <message>
        <source>tessera-cli export: cannot create the folder %1</source>
        <translation>tessera-cli export : impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>tessera-cli export: cannot write %1: %2</source>
        <translation>tessera-cli export : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Only products with this facet value: domain=, owner=, tag=, classification=, status= (repeat for more).</source>
        <translation>Seulement les produits ayant cette valeur de facette : domain=, owner=, tag=, classification=, status= (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOM=VALEUR</translation>
    </message>
    <message>
        <source>How many results (default 20).</source>
        <translation>Combien de résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also count the matches per facet value.</source>
        <translation>Compter aussi les résultats par valeur de facette.</translation>
    </message>
    <message>
        <source>tessera-cli search: --limit needs a positive number</source>
        <translation>tessera-cli search : --limit demande un nombre positif</translation>
    </message>
    <message>
        <source>tessera-cli search: --facet %1: write it as NAME=VALUE</source>
        <translation>tessera-cli search : --facet %1 : écrivez-le sous la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>Aucun produit ne correspond.</translation>
    </message>
    <message>
        <source>Find products: search [--catalog C] [--facet NAME=VALUE] [--facets] WORDS...</source>
        <translation>Trouver des produits : search [--catalog C] [--facet NOM=VALEUR] [--facets] MOTS...</translation>
    </message>
    <message>
        <source>Import ODPS products and ODCS contracts into a catalog, all or nothing: import [--catalog C] PATH...</source>
        <translation>Importer des produits ODPS et des contrats ODCS dans un catalogue, tout ou rien : import [--catalog C] CHEMIN...</translation>
    </message>
    <message>
        <source>odcs: the product&apos;s data contracts; odps: its product file and its contracts.</source>
        <translation>odcs : les contrats de données du produit ; odps : son fichier produit et ses contrats.</translation>
    </message>
    <message>
        <source>tessera-cli export: unknown --format &quot;%1&quot;; use odcs or odps.</source>
        <translation>tessera-cli export : --format « %1 » inconnu ; utilisez odcs ou odps.</translation>
    </message>
    <message>
        <source>Write a product as standard files: export [--catalog C] --product ID [--format odcs|odps] --out DIR</source>
        <translation>Écrire un produit sous forme de fichiers standard : export [--catalog C] --product ID [--format odcs|odps] --out DOSSIER</translation>
    </message>
    <message>
        <source>Added the source %1 (%2). Run &quot;tessera-cli source sync %1&quot; to read it.</source>
        <translation>Source %1 (%2) ajoutée. « tessera-cli source sync %1 » la lit.</translation>
    </message>
    <message>
        <source>Removed the source %1 and its products.</source>
        <translation>Source %1 et ses produits supprimés.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <source>tessera-cli source: use &quot;source add NAME FOLDER&quot;, &quot;source list&quot;, &quot;source sync [NAME...]&quot;, &quot;source write-back PRODUCT&quot; or &quot;source remove NAME&quot;.</source>
        <translation>tessera-cli source : utilisez « source add NOM DOSSIER », « source list », « source sync [NOM...] », « source write-back PRODUIT » ou « source remove NOM ».</translation>
    </message>
    <message>
        <source>Domain folders the catalog syncs from: source add NAME FOLDER | list | sync [NAME...] | write-back PRODUCT | remove NAME</source>
        <translation>Dossiers de domaine que le catalogue synchronise : source add NOM DOSSIER | list | sync [NOM...] | write-back PRODUIT | remove NOM</translation>
    </message>
    <message>
        <source>Write the lineage graph: lineage [--catalog C] [--focus NODE --up N --down N] [--columns] --format dot|graphml|mermaid|svg|json [--out FILE]</source>
        <translation>Écrire le graphe de lignage : lineage [--catalog C] [--focus NŒUD --up N --down N] [--columns] --format dot|graphml|mermaid|svg|json [--out FICHIER]</translation>
    </message>
    <message>
        <source>What a change to a dataset or product reaches downstream: impact [--catalog C] NODE [--json] [--csv]</source>
        <translation>Ce qu’une modification d’un jeu de données ou d’un produit atteint en aval : impact [--catalog C] NŒUD [--json] [--csv]</translation>
    </message>
    <message>
        <source>tessera-cli %1: warning: a cycle in the lineage: %2</source>
        <translation>tessera-cli %1 : avertissement : un cycle dans le lignage : %2</translation>
    </message>
    <message>
        <source>Only the neighbourhood of a node: a product id, a dataset, or a job.</source>
        <translation>Seulement le voisinage d’un nœud : un identifiant de produit, un jeu de données ou un job.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>Hops upstream of the focus (default 2).</source>
        <translation>Sauts en amont du point focal (2 par défaut).</translation>
    </message>
    <message>
        <source>Hops downstream of the focus (default 2).</source>
        <translation>Sauts en aval du point focal (2 par défaut).</translation>
    </message>
    <message>
        <source>Include column-level lineage.</source>
        <translation>Inclure le lignage au niveau des colonnes.</translation>
    </message>
    <message>
        <source>dot, graphml, mermaid, svg or json.</source>
        <translation>dot, graphml, mermaid, svg ou json.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Le fichier à écrire (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>One node per product.</source>
        <translation>Un nœud par produit.</translation>
    </message>
    <message>
        <source>One node per domain.</source>
        <translation>Un nœud par domaine.</translation>
    </message>
    <message>
        <source>tessera-cli lineage: --format must be one of %1.</source>
        <translation>tessera-cli lineage : --format doit être l’un de %1.</translation>
    </message>
    <message>
        <source>tessera-cli lineage: --up and --down take a number of hops (0 or more).</source>
        <translation>tessera-cli lineage : --up et --down attendent un nombre de sauts (0 ou plus).</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Lignage de %1</translation>
    </message>
    <message>
        <source>tessera-cli lineage: no product, dataset or job named &quot;%1&quot; in the lineage.</source>
        <translation>tessera-cli lineage : aucun produit, jeu de données ou job nommé « %1 » dans le lignage.</translation>
    </message>
    <message>
        <source>Lineage of %1, %2 up and %3 down</source>
        <translation>Lignage de %1, %2 en amont et %3 en aval</translation>
    </message>
    <message>
        <source>tessera-cli lineage: cannot write %1: %2</source>
        <translation>tessera-cli lineage : impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), %2 edge(s)</source>
        <translation>
            <numerusform>%1 : %n nœud, %2 arête(s)</numerusform>
            <numerusform>%1 : %n nœuds, %2 arête(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write CSV (one row per dataset).</source>
        <translation>Écrire du CSV (une ligne par jeu de données).</translation>
    </message>
    <message>
        <source>A product id, a dataset or a job.</source>
        <translation>Un identifiant de produit, un jeu de données ou un job.</translation>
    </message>
    <message>
        <source>tessera-cli impact: name one product, dataset or job.</source>
        <translation>tessera-cli impact : indiquez un produit, un jeu de données ou un job.</translation>
    </message>
    <message>
        <source>tessera-cli impact: no product, dataset or job named &quot;%1&quot; in the lineage.</source>
        <translation>tessera-cli impact : aucun produit, jeu de données ou job nommé « %1 » dans le lignage.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) downstream:</source>
        <translation>
            <numerusform>%n produit en aval :</numerusform>
            <numerusform>%n produits en aval :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) downstream:</source>
        <translation>
            <numerusform>%n jeu de données en aval :</numerusform>
            <numerusform>%n jeux de données en aval :</numerusform>
        </translation>
    </message>
    <message>
        <source>Store OpenLineage events (NDJSON, JSON arrays or single events; - for standard input) as runs: ingest [--catalog C] FILE...</source>
        <translation>Enregistrer des événements OpenLineage (NDJSON, listes JSON ou événements seuls ; - pour l’entrée standard) comme exécutions : ingest [--catalog C] FICHIER...</translation>
    </message>
    <message>
        <source>List pipeline runs, newest first: runs [--catalog C] [--job NAME] [--state STATE] [--limit N] [--json]</source>
        <translation>Lister les exécutions de pipelines, les plus récentes d’abord : runs [--catalog C] [--job NOM] [--state ÉTAT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Receive OpenLineage events over HTTP as Marquez does (POST /api/v1/lineage): receive [--catalog C] [--port P] [--address A [--allow-remote]]</source>
        <translation>Recevoir des événements OpenLineage par HTTP comme Marquez (POST /api/v1/lineage) : receive [--catalog C] [--port P] [--address A [--allow-remote]]</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>tessera-cli ingest: name the OpenLineage event files or folders to ingest (- reads standard input).</source>
        <translation>tessera-cli ingest : indiquez les fichiers ou dossiers d’événements OpenLineage (- lit l’entrée standard).</translation>
    </message>
    <message>
        <source>tessera-cli ingest: cannot read standard input</source>
        <translation>tessera-cli ingest : impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>tessera-cli ingest: %1: no such file or folder</source>
        <translation>tessera-cli ingest : %1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>tessera-cli ingest: warning: no event files (*.ndjson, *.jsonl, *.json) in %1</source>
        <translation>tessera-cli ingest : avertissement : aucun fichier d’événements (*.ndjson, *.jsonl, *.json) dans %1</translation>
    </message>
    <message>
        <source>Nothing was ingested.</source>
        <translation>Rien n’a été ingéré.</translation>
    </message>
    <message numerus="yes">
        <source>Ingested %n event(s)</source>
        <translation>
            <numerusform>%n événement ingéré</numerusform>
            <numerusform>%n événements ingérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 already known; %n run(s) updated.</source>
        <translation>
            <numerusform>%1 nouveaux, %2 déjà connus ; %n exécution mise à jour.</numerusform>
            <numerusform>%1 nouveaux, %2 déjà connus ; %n exécutions mises à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) rejected (see above).</source>
        <translation>
            <numerusform>%n événement refusé (voir ci-dessus).</numerusform>
            <numerusform>%n événements refusés (voir ci-dessus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the runs of this job (its name, or namespace/name).</source>
        <translation>Seulement les exécutions de ce job (son nom, ou espace de noms/nom).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only runs in this state: running, completed, failed, aborted.</source>
        <translation>Seulement les exécutions dans cet état : running, completed, failed, aborted.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>At most this many runs, newest first (default 100; 0: all).</source>
        <translation>Au plus ce nombre d’exécutions, les plus récentes d’abord (100 par défaut ; 0 : toutes).</translation>
    </message>
    <message>
        <source>tessera-cli runs: --limit takes a number</source>
        <translation>tessera-cli runs : --limit attend un nombre</translation>
    </message>
    <message>
        <source>tessera-cli runs: unknown state %1 (running, completed, failed, aborted, new)</source>
        <translation>tessera-cli runs : état inconnu %1 (running, completed, failed, aborted, new)</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>Aucune exécution.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>The port to listen on (default 5000, as Marquez; 0: any free one).</source>
        <translation>Le port d’écoute (5000 par défaut, comme Marquez ; 0 : un port libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation>L’adresse d’écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Allow an address other than loopback: other computers can then send events.</source>
        <translation>Autoriser une autre adresse que la boucle locale : d’autres ordinateurs pourront alors envoyer des événements.</translation>
    </message>
    <message>
        <source>tessera-cli receive: --port takes a number up to 65535 and --address an IP address</source>
        <translation>tessera-cli receive : --port attend un nombre jusqu’à 65535 et --address une adresse IP</translation>
    </message>
    <message>
        <source>rejected (%1): %2</source>
        <translation>refusé (%1) : %2</translation>
    </message>
    <message>
        <source>Receiving OpenLineage events at %1 into %2; stop with Ctrl+C.</source>
        <translation>Réception des événements OpenLineage à %1 dans %2 ; arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <source>tessera-cli receive: cannot set up signal handling</source>
        <translation>tessera-cli receive : impossible de préparer la gestion des signaux</translation>
    </message>
    <message>
        <source>Stopped: %1 event(s) stored, %2 request(s) rejected.</source>
        <translation>Arrêté : %1 événement(s) enregistré(s), %2 requête(s) refusée(s).</translation>
    </message>
    <message>
        <source>Check policies against domain folders or a catalog, with the reasons: check --policies PATH [--catalog C] [FOLDER...] [--format text|json]</source>
        <translation>Vérifier des politiques sur des dossiers de domaine ou un catalogue, avec les raisons : check --policies CHEMIN [--catalog C] [DOSSIER...] [--format text|json]</translation>
    </message>
    <message>
        <source>Policy files (*.policy.yaml) or folders of them.</source>
        <translation>Fichiers de politiques (*.policy.yaml) ou dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>tessera-cli check: --format is text or json, not “%1”</source>
        <translation>tessera-cli check : --format vaut text ou json, pas « %1 »</translation>
    </message>
    <message>
        <source>tessera-cli check: name the policies with --policies PATH (files or folders)</source>
        <translation>tessera-cli check : nommez les politiques avec --policies CHEMIN (fichiers ou dossiers)</translation>
    </message>
    <message>
        <source>tessera-cli check: no policy files (*.policy.yaml) in %1</source>
        <translation>tessera-cli check : aucun fichier de politiques (*.policy.yaml) dans %1</translation>
    </message>
    <message>
        <source>tessera-cli check: %1: no such file or folder</source>
        <translation>tessera-cli check : %1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>tessera-cli check: the domain files have errors; nothing was checked.</source>
        <translation>tessera-cli check : les fichiers du domaine ont des erreurs ; rien n’a été vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n politique</numerusform>
            <numerusform>%n politiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n product(s)</source>
        <translation>
            <numerusform>sur %n produit</numerusform>
            <numerusform>sur %n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n infraction</numerusform>
            <numerusform>%n infractions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 erreurs, %2 avertissements, %3 remarques</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policies</source>
        <translation>
            <numerusform>%n problème dans les politiques</numerusform>
            <numerusform>%n problèmes dans les politiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write the masking and access policies as Apache Ranger policy JSON.</source>
        <translation>Écrire aussi les politiques de masquage et d’accès en JSON de politiques Apache Ranger.</translation>
    </message>
    <message>
        <source>The Ranger service the policies are for (default: hive).</source>
        <translation>Le service Ranger auquel s’appliquent les politiques (par défaut : hive).</translation>
    </message>
    <message>
        <source>Also write the masking and access policies as Unity Catalog SQL.</source>
        <translation>Écrire aussi les politiques de masquage et d’accès en SQL Unity Catalog.</translation>
    </message>
    <message>
        <source>The Unity Catalog catalog the tables live in (default: main).</source>
        <translation>Le catalogue Unity Catalog qui contient les tables (par défaut : main).</translation>
    </message>
    <message>
        <source>tessera-cli check: could not write %1: %2</source>
        <translation>tessera-cli check : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>A sample (CSV, JSON lines, or a SQLite file as FILE:TABLE); it becomes a table named after the file. Repeat for more.</source>
        <translation>Un échantillon (CSV, JSON Lines ou un fichier SQLite sous la forme FICHIER:TABLE) ; il devient une table nommée d’après le fichier. À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>The query to run (SQLite&apos;s dialect).</source>
        <translation>La requête à exécuter (dialecte de SQLite).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Whose view of the samples: analyst (the default), owner or steward.</source>
        <translation>La vue de qui sur les échantillons : analyst (par défaut), owner ou steward.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Policy files or folders; their masking policies mask the samples. Product files found there describe the samples&apos; columns (a sample is the dataset of its file name).</source>
        <translation>Fichiers ou dossiers de politiques ; leurs politiques de masquage masquent les échantillons. Les fichiers de produits qui s’y trouvent décrivent les colonnes des échantillons (un échantillon est le jeu de données de son nom de fichier).</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Rows to print (default 100; 0 prints all).</source>
        <translation>Lignes à afficher (100 par défaut ; 0 les affiche toutes).</translation>
    </message>
    <message>
        <source>skip (the default: leave them out and say so) or stop (refuse the sample).</source>
        <translation>skip (par défaut : les écarter et le signaler) ou stop (refuser l’échantillon).</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>Seconds the query may run (default 30).</source>
        <translation>Secondes pendant lesquelles la requête peut s’exécuter (30 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>name at least one sample with --sample FILE</source>
        <translation>indiquez au moins un échantillon avec --sample FICHIER</translation>
    </message>
    <message>
        <source>--format is table, csv or json, not “%1”</source>
        <translation>--format vaut table, csv ou json, pas « %1 »</translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”</source>
        <translation>--role est l’un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--limit is a number of rows, not “%1”</source>
        <translation>--limit est un nombre de lignes, pas « %1 »</translation>
    </message>
    <message>
        <source>--time-limit is a number of seconds, not “%1”</source>
        <translation>--time-limit est un nombre de secondes, pas « %1 »</translation>
    </message>
    <message>
        <source>--bad-rows is skip or stop, not “%1”</source>
        <translation>--bad-rows vaut skip ou stop, pas « %1 »</translation>
    </message>
    <message>
        <source>tessera-cli preview: the policies have errors; nothing was run.</source>
        <translation>tessera-cli preview : les politiques contiennent des erreurs ; rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>%1:%2: row left out: %3</source>
        <translation>%1:%2 : ligne écartée : %3</translation>
    </message>
    <message>
        <source>%1: %L2 more rows left out</source>
        <translation>%1 : %L2 autres lignes écartées</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln row(s)</source>
        <translation>
            <numerusform>(%Ln ligne</numerusform>
            <numerusform>(%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>; the first %L1 shown</source>
        <translation> ; les %L1 premières affichées</translation>
    </message>
    <message>
        <source>tessera-cli preview: %L1 of %L2 rows written; --limit 0 writes all</source>
        <translation>tessera-cli preview : %L1 lignes sur %L2 écrites ; --limit 0 les écrit toutes</translation>
    </message>
    <message>
        <source>A recipe file (*.recipe.yaml) to run instead of a query.</source>
        <translation>Un fichier de recette (*.recipe.yaml) à exécuter au lieu d’une requête.</translation>
    </message>
    <message>
        <source>Print the query a recipe compiles to (on standard error).</source>
        <translation>Afficher la requête produite par la compilation d’une recette (sur la sortie d’erreur standard).</translation>
    </message>
    <message>
        <source>say what to run with either --sql TEXT or --recipe FILE</source>
        <translation>indiquez quoi exécuter avec --sql TEXTE ou --recipe FICHIER</translation>
    </message>
    <message>
        <source>tessera-cli preview: the recipe has errors; nothing was run.</source>
        <translation>tessera-cli preview : la recette contient des erreurs ; rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>Run a query or a recipe on sample data in the preview sandbox, masked for a role: preview --sample FILE... (--sql TEXT | --recipe FILE) [--role R] [--policies PATH] [--format table|csv|json] [--limit N]</source>
        <translation>Exécuter une requête ou une recette sur des données d’échantillon dans le bac à sable d’aperçu, masquées pour un rôle : preview --sample FICHIER... (--sql TEXTE | --recipe FICHIER) [--role R] [--policies CHEMIN] [--format table|csv|json] [--limit N]</translation>
    </message>
    <message>
        <source>Give the password in ~/.pgpass or PGPASSWORD, or open the catalog once in Tessera and let it remember the password in the system keychain.</source>
        <translation>Donnez le mot de passe dans ~/.pgpass ou PGPASSWORD, ou ouvrez le catalogue une fois dans Tessera et laissez-le retenir le mot de passe dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>Tessera::ColumnTraceModel</name>
    <message>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <source>%1 (whole dataset)</source>
        <translation>%1 (jeu de données entier)</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) upstream</source>
        <translation>
            <numerusform>%n étape en amont</numerusform>
            <numerusform>%n étapes en amont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) downstream</source>
        <translation>
            <numerusform>%n étape en aval</numerusform>
            <numerusform>%n étapes en aval</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>Tessera::CommandLine</name>
    <message>
        <source>Tessera: find, document, trace and govern the data products of a data mesh.</source>
        <translation>Tessera : trouver, documenter, tracer et gouverner les produits de données d’un data mesh.</translation>
    </message>
    <message>
        <source>Open the catalog in PATH (a SQLite file) or at a postgresql:// URL.</source>
        <translation>Ouvrir le catalogue situé dans CHEMIN (un fichier SQLite) ou à une URL postgresql://.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>CHEMIN|URL</translation>
    </message>
    <message>
        <source>Work as ROLE: steward, owner or analyst.</source>
        <translation>Travailler avec le rôle RÔLE : steward, owner ou analyst.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Write screenshots of the main window to DIR and quit.</source>
        <translation>Écrire des captures de la fenêtre principale dans DOSSIER puis quitter.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Use the user interface language LANG (%1) instead of the system&apos;s.</source>
        <translation>Utiliser la langue d’interface LANGUE (%1) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--catalog: %1</source>
        <translation>--catalog : %1</translation>
    </message>
    <message>
        <source>--role: unknown role &quot;%1&quot;; use %2.</source>
        <translation>--role : rôle inconnu « %1 » ; utilisez %2.</translation>
    </message>
    <message>
        <source>--screenshot: name the folder to write the screenshots to.</source>
        <translation>--screenshot : indiquez le dossier où écrire les captures.</translation>
    </message>
    <message>
        <source>--lang: Tessera is not translated into &quot;%1&quot;; choose one of %2.</source>
        <translation>--lang : Tessera n’est pas traduit en « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>The catalog to open, as with --catalog.</source>
        <translation>Le catalogue à ouvrir, comme avec --catalog.</translation>
    </message>
    <message>
        <source>[CATALOG]</source>
        <translation>[CATALOGUE]</translation>
    </message>
    <message>
        <source>Tessera opens one catalog at a time; &quot;%1&quot; is one too many.</source>
        <translation>Tessera ouvre un seul catalogue à la fois ; « %1 » est de trop.</translation>
    </message>
</context>
<context>
    <name>Tessera::ComplianceModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 notes</source>
        <translation>%1 : %2 erreurs, %3 avertissements, %4 notes</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Tessera::ComplianceTrendModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Products failing</source>
        <translation>Produits en infraction</translation>
    </message>
    <message>
        <source>Policies in force</source>
        <translation>Politiques en vigueur</translation>
    </message>
</context>
<context>
    <name>Tessera::ConflictDialog</name>
    <message>
        <source>Someone Else Saved This Product</source>
        <translation>Quelqu’un d’autre a enregistré ce produit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was removed from the catalog while you were editing it. Overwriting creates it again with your version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a été supprimé du catalogue pendant que vous le modifiiez. L’écraser le recrée avec votre version.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Close this and go on editing; nothing is saved yet</source>
        <translation>Fermer ceci et continuer la modification ; rien n’est encore enregistré</translation>
    </message>
    <message>
        <source>Copy Mine</source>
        <translation>Copier la mienne</translation>
    </message>
    <message>
        <source>Copy your version as text, to keep it before reloading</source>
        <translation>Copier votre version sous forme de texte, pour la conserver avant de recharger</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Recharger la sienne</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved version</source>
        <translation>Abandonner vos modifications et afficher la version enregistrée</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Écraser avec la mienne</translation>
    </message>
    <message>
        <source>Save your version over theirs (theirs stays in the history)</source>
        <translation>Enregistrer votre version à la place de la sienne (la sienne reste dans l’historique)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by &lt;b&gt;%2&lt;/b&gt; at %3 (revision %4) while you were editing it. Below is what changes from their version to yours: %5 only in theirs, %6 only in yours.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a été enregistré par &lt;b&gt;%2&lt;/b&gt; à %3 (révision %4) pendant que vous le modifiiez. Ci-dessous, ce qui change de sa version à la vôtre : %5 seulement dans la sienne, %6 seulement dans la vôtre.</translation>
    </message>
</context>
<context>
    <name>Tessera::CsvScanner</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n’est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>du texte après le guillemet fermant du champ %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Decisions</name>
    <message>
        <source>Not masked: no masking rule applies</source>
        <translation>Non masqué : aucune règle de masquage ne s’applique</translation>
    </message>
    <message>
        <source>Not masked, by %1 (%2)</source>
        <translation>Non masqué, par %1 (%2)</translation>
    </message>
    <message>
        <source>Masked with %1 by %2 (%3)</source>
        <translation>Masqué avec %1 par %2 (%3)</translation>
    </message>
    <message>
        <source>Denied: no access rule allows it</source>
        <translation>Refusé : aucune règle d’accès ne l’autorise</translation>
    </message>
    <message>
        <source>Allowed by %1 (%2)</source>
        <translation>Autorisé par %1 (%2)</translation>
    </message>
    <message>
        <source>Denied by %1 (%2)</source>
        <translation>Refusé par %1 (%2)</translation>
    </message>
    <message>
        <source>classification %1</source>
        <translation>classification %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>every product</source>
        <translation>tout produit</translation>
    </message>
    <message>
        <source>%1 may %2: %3</source>
        <translation>%1 peut %2 : %3</translation>
    </message>
    <message>
        <source>%1 may not %2: %3</source>
        <translation>%1 ne peut pas %2 : %3</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentArea</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Bienvenue dans Tessera</translation>
    </message>
    <message>
        <source>&lt;p&gt;Find, document, trace and govern the data products of your mesh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; opens a catalog &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; searches it&lt;/p&gt;&lt;p&gt;Product pages, lineage graphs, policies, previews and pipelines open here as tabs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trouvez, documentez, tracez et gouvernez les produits de données de votre mesh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ouvre un catalogue &amp;nbsp;·&amp;nbsp; &lt;b&gt;%2&lt;/b&gt; y recherche&lt;/p&gt;&lt;p&gt;Les pages de produits, graphes de lignage, politiques, aperçus et pipelines s’ouvrent ici dans des onglets.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentPage</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentationEditor</name>
    <message>
        <source>Documentation source (Markdown)</source>
        <translation>Source de la documentation (Markdown)</translation>
    </message>
    <message>
        <source>Documentation preview</source>
        <translation>Aperçu de la documentation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rétablir (%1)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>No documentation yet.</source>
        <translation>Pas encore de documentation.</translation>
    </message>
</context>
<context>
    <name>Tessera::Dpds</name>
    <message>
        <source>not a DPDS descriptor</source>
        <translation>pas un descripteur DPDS</translation>
    </message>
    <message>
        <source>the descriptor has no info</source>
        <translation>le descripteur n’a pas d’info</translation>
    </message>
    <message>
        <source>a port given by reference (%1) is not followed</source>
        <translation>un port donné par référence (%1) n’est pas suivi</translation>
    </message>
</context>
<context>
    <name>Tessera::DraftStore</name>
    <message>
        <source>Cannot create the drafts folder</source>
        <translation>Impossible de créer le dossier des brouillons</translation>
    </message>
    <message>
        <source>Cannot write the draft: %1</source>
        <translation>Impossible d’écrire le brouillon : %1</translation>
    </message>
    <message>
        <source>Cannot remove the draft: %1</source>
        <translation>Impossible de supprimer le brouillon : %1</translation>
    </message>
    <message>
        <source>Cannot read the draft: %1</source>
        <translation>Impossible de lire le brouillon : %1</translation>
    </message>
    <message>
        <source>The draft is damaged: %1</source>
        <translation>Le brouillon est endommagé : %1</translation>
    </message>
    <message>
        <source>The draft names no product</source>
        <translation>Le brouillon ne désigne aucun produit</translation>
    </message>
</context>
<context>
    <name>Tessera::FacetModel</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Équipe propriétaire</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans propriétaire)</translation>
    </message>
    <message>
        <source>%1 (%2 selected)</source>
        <translation>%1 (sélection : %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::GovernancePage</name>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the policies and evaluate them over the catalog (%1)</source>
        <translation>Vérifier les politiques et les évaluer sur le catalogue (%1)</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Group violations by</source>
        <translation>Grouper les violations par</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Policy files</source>
        <translation>Fichiers de politiques</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>As</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <source>sees</source>
        <translation>voit</translation>
    </message>
    <message>
        <source>Columns as the role sees them</source>
        <translation>Colonnes telles que le rôle les voit</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Masquage</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n politique</numerusform>
            <numerusform>%n politiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1 products</source>
        <translation>
            <numerusform>%n violation dans %1 produits</numerusform>
            <numerusform>%n violations dans %1 produits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 erreurs, %2 avertissements, %3 notes</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files</source>
        <translation>
            <numerusform>%n problème dans les fichiers de politiques</numerusform>
            <numerusform>%n problèmes dans les fichiers de politiques</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 columns masked for %3.</source>
        <translation>%1 colonnes sur %2 masquées pour %3.</translation>
    </message>
    <message>
        <source>This dataset has no sample data, so no values are shown.</source>
        <translation>Ce jeu de données n’a pas de données d’exemple ; aucune valeur n’est montrée.</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Governance: %1</source>
        <translation>Gouvernance : %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Condition :</translation>
    </message>
    <message>
        <source>The product&apos;s values:</source>
        <translation>Les valeurs du produit :</translation>
    </message>
    <message>
        <source>Policy %1, rule %2, in %3 at line %4</source>
        <translation>Politique %1, règle %2, dans %3 à la ligne %4</translation>
    </message>
    <message>
        <source>Publish the policy file to the catalog as its next version</source>
        <translation>Publier le fichier de politiques dans le catalogue comme sa version suivante</translation>
    </message>
    <message>
        <source>Only a data steward publishes policies (Settings ▸ Work as Role)</source>
        <translation>Seul un data steward publie les politiques (Paramètres ▸ Travailler avec le rôle)</translation>
    </message>
    <message>
        <source>No policy file is open.</source>
        <translation>Aucun fichier de politiques n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 could not be saved, so it was not published.</source>
        <translation>%1 n’a pas pu être enregistré, il n’a donc pas été publié.</translation>
    </message>
    <message>
        <source>%1 has never been published: its policies are drafts.</source>
        <translation>%1 n’a jamais été publié : ses politiques sont des brouillons.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is in force, as it stands here.</source>
        <translation>La version %1 de %2 est en vigueur, telle qu’elle est ici.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is in force; the file here differs from it by +%3 −%4 lines.</source>
        <translation>La version %1 de %2 est en vigueur ; le fichier ici en diffère de +%3 −%4 lignes.</translation>
    </message>
    <message>
        <source>What version %1 changed from version %2:</source>
        <translation>Ce que la version %1 a changé par rapport à la version %2 :</translation>
    </message>
    <message>
        <source>Version %1, the first:</source>
        <translation>Version %1, la première :</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>Publier %1</translation>
    </message>
    <message>
        <source>What this version changes, for its note:</source>
        <translation>Ce que change cette version, pour sa note :</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <source>What the version changed</source>
        <translation>Ce que la version a changé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>Conformité dans le temps</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Reading the catalog for the policies…</source>
        <translation>Lecture du catalogue pour les politiques…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop evaluating the policies over the catalog</source>
        <translation>Arrêter l’évaluation des politiques sur le catalogue</translation>
    </message>
    <message>
        <source>Evaluating the policies over the catalog… %1 of %2 conditions</source>
        <translation>Évaluation des politiques sur le catalogue… %1 conditions sur %2</translation>
    </message>
    <message>
        <source>Stopped: the violations shown are from the last evaluation finished</source>
        <translation>Arrêtée : les violations affichées sont celles de la dernière évaluation terminée</translation>
    </message>
    <message>
        <source>The policies are still being evaluated over the catalog; publish once that is done.</source>
        <translation>Les politiques sont encore en cours d’évaluation sur le catalogue ; publiez une fois que c’est terminé.</translation>
    </message>
</context>
<context>
    <name>Tessera::HistoryModel</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>première version</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>aucun changement visible</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>Tessera::ImpactModel</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n product(s)</source>
        <translation>
            <numerusform>dans %n produit</numerusform>
            <numerusform>dans %n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n team(s)</source>
        <translation>
            <numerusform>de %n équipe</numerusform>
            <numerusform>de %n équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Reached from</source>
        <translation>Atteint depuis</translation>
    </message>
</context>
<context>
    <name>Tessera::JsonScan</name>
    <message>
        <source>the text holds the character U+0000 (NUL), which a catalog cannot keep</source>
        <translation>le texte contient le caractère U+0000 (NUL), qu’aucun catalogue ne peut conserver</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a UTF-16 surrogate pair without its first</source>
        <translation>\u%1 est la seconde moitié d’une paire de substitution UTF-16 sans la première</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a UTF-16 surrogate pair without its second</source>
        <translation>\u%1 est la première moitié d’une paire de substitution UTF-16 sans la seconde</translation>
    </message>
    <message>
        <source>the text holds the control character U+%1 unescaped, which JSON does not allow</source>
        <translation>le texte contient le caractère de contrôle U+%1 non échappé, ce que JSON n’autorise pas</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in the same object</source>
        <translation>la clé « %1 » apparaît plusieurs fois dans le même objet</translation>
    </message>
</context>
<context>
    <name>Tessera::JsonSchema</name>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>impossible de lire le schéma : %1</translation>
    </message>
    <message>
        <source>the schema is not a JSON object: %1</source>
        <translation>le schéma n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>is not allowed here</source>
        <translation>n’est pas permis ici</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 is not allowed; use one of %2</source>
        <translation>%1 n’est pas permis ; utilisez l’une des valeurs %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>doit être inférieur à %1</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>doit être un multiple de %1</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>doit avoir au moins %n caractère</numerusform>
            <numerusform>doit avoir au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n character(s)</source>
        <translation>
            <numerusform>doit avoir au plus %n caractère</numerusform>
            <numerusform>doit avoir au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 ne correspond pas au motif %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entry(s)</source>
        <translation>
            <numerusform>doit avoir au moins %n entrée</numerusform>
            <numerusform>doit avoir au moins %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>may have at most %n entry(s)</source>
        <translation>
            <numerusform>peut avoir au plus %n entrée</numerusform>
            <numerusform>peut avoir au plus %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>is the same as entry %1; entries must differ</source>
        <translation>est identique à l’entrée %1 ; les entrées doivent différer</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>est obligatoire mais absent</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; known fields here: %2</source>
        <translation>champ inconnu « %1 » ; champs connus ici : %2</translation>
    </message>
    <message>
        <source>does not fit any of the allowed forms here</source>
        <translation>ne correspond à aucune des formes permises ici</translation>
    </message>
    <message>
        <source>fits %1 of the allowed forms here, but must fit exactly one</source>
        <translation>correspond à %1 des formes permises ici, mais doit en correspondre à exactement une</translation>
    </message>
    <message>
        <source>has a form that is not allowed here</source>
        <translation>a une forme qui n’est pas permise ici</translation>
    </message>
</context>
<context>
    <name>Tessera::Keychain</name>
    <message>
        <source>No system keychain answers on this computer (a Secret Service such as GNOME Keyring or KWallet is needed), so Tessera cannot remember the password: it asks once per session and keeps it in memory only.</source>
        <translation>Aucun trousseau du système ne répond sur cet ordinateur (il faut un Secret Service comme GNOME Keyring ou KWallet) : Tessera ne peut donc pas retenir le mot de passe. Il le demande une fois par session et ne le garde qu’en mémoire.</translation>
    </message>
    <message>
        <source>The system keychain could not give the password for %1: %2</source>
        <translation>Le trousseau du système n’a pas pu fournir le mot de passe de %1 : %2</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password for %1: %2</source>
        <translation>Le trousseau du système n’a pas pu conserver le mot de passe de %1 : %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password for %1: %2</source>
        <translation>Le trousseau du système n’a pas pu oublier le mot de passe de %1 : %2</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
</context>
<context>
    <name>Tessera::LineageCanvas</name>
    <message>
        <source>External · %1</source>
        <translation>Externe · %1</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Domain · %n node(s)</source>
        <translation>
            <numerusform>Domaine · %n nœud</numerusform>
            <numerusform>Domaine · %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <translation>
            <numerusform>%1 · %n nœud</numerusform>
            <numerusform>%1 · %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Domaines : %1</translation>
    </message>
    <message>
        <source>Lineage graph</source>
        <translation>Graphe de lignage</translation>
    </message>
    <message>
        <source>Datasets and the jobs between them. Arrow keys pan, Ctrl+Plus and Ctrl+Minus zoom, Ctrl+0 fits the graph.</source>
        <translation>Les jeux de données et les tâches entre eux. Les flèches déplacent, Ctrl+Plus et Ctrl+Moins zooment, Ctrl+0 ajuste le graphe.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message>
        <source>Run states: %1</source>
        <translation>États d’exécution : %1</translation>
    </message>
</context>
<context>
    <name>Tessera::LineageMinimap</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>The whole graph; the frame shows the part in view. Click or drag to move there.</source>
        <translation>Le graphe entier ; le cadre montre la partie visible. Cliquez ou faites glisser pour vous y rendre.</translation>
    </message>
</context>
<context>
    <name>Tessera::LineagePage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Column Trace</source>
        <translation>Traçage de colonne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The previous view (%1)</source>
        <translation>La vue précédente (%1)</translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation>Graphe entier</translation>
    </message>
    <message>
        <source>Show the lineage of the whole catalog</source>
        <translation>Afficher le lignage de tout le catalogue</translation>
    </message>
    <message>
        <source>Focus on a product, dataset or job…</source>
        <translation>Centrer sur un produit, un jeu de données ou une tâche…</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source> &amp;Up </source>
        <translation> &amp;Amont </translation>
    </message>
    <message>
        <source>Hops shown upstream of the focus</source>
        <translation>Étapes affichées en amont du centre</translation>
    </message>
    <message>
        <source> &amp;Down </source>
        <translation> A&amp;val </translation>
    </message>
    <message>
        <source>Hops shown downstream of the focus</source>
        <translation>Étapes affichées en aval du centre</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Show every dataset, or each product or domain as one node</source>
        <translation>Afficher chaque jeu de données, ou chaque produit ou domaine comme un seul nœud</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Show the jobs between datasets</source>
        <translation>Afficher les tâches entre les jeux de données</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Choose the domains and kinds of datasets shown</source>
        <translation>Choisir les domaines et les sortes de jeux de données affichés</translation>
    </message>
    <message>
        <source>External Datasets</source>
        <translation>Jeux de données externes</translation>
    </message>
    <message>
        <source>Show datasets that no product of the catalog offers</source>
        <translation>Afficher les jeux de données qu’aucun produit du catalogue ne propose</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom arrière (%1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom avant (%1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph (%1)</source>
        <translation>Afficher le graphe entier (%1)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Show the overview in the corner</source>
        <translation>Afficher la vue d’ensemble dans le coin</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Graphviz DOT…</source>
        <translation>Graphviz DOT…</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Fichiers Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>GraphML…</source>
        <translation>GraphML…</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>Fichiers GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Mermaid Flowchart…</source>
        <translation>Organigramme Mermaid…</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd *.md)</source>
        <translation>Fichiers Mermaid (*.mmd *.md)</translation>
    </message>
    <message>
        <source>Current View</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>Export Lineage</source>
        <translation>Exporter le lignage</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Select a dataset to see what a change to it reaches downstream.</source>
        <translation>Sélectionnez un jeu de données pour voir ce qu’une modification atteint en aval.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the list for a spreadsheet</source>
        <translation>Enregistrer la liste pour un tableur</translation>
    </message>
    <message>
        <source>Export Impact</source>
        <translation>Exporter l’impact</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne :</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Column trace</source>
        <translation>Traçage de colonne</translation>
    </message>
    <message>
        <source>Nothing downstream of %1 depends on it.</source>
        <translation>Rien en aval ne dépend de %1.</translation>
    </message>
    <message>
        <source>A change to %1 reaches %2.</source>
        <translation>Une modification de %1 atteint %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is computed from %n column(s)</source>
        <translation>
            <numerusform>%1 est calculée à partir de %n colonne</numerusform>
            <numerusform>%1 est calculée à partir de %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) are computed from it.</source>
        <translation>
            <numerusform>%n colonne en est calculée.</numerusform>
            <numerusform>%n colonnes en sont calculées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the lineage is called %1.</source>
        <translation>Rien dans le lignage ne s’appelle %1.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Disposition de %n nœud…</numerusform>
            <numerusform>Disposition de %n nœuds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n arête</numerusform>
            <numerusform>%n arêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>sur %n</numerusform>
            <numerusform>sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>Data flows back in a circle here; the edges drawn dashed in red close the circles.</source>
        <translation>Ici, les données reviennent en cercle ; les arêtes en pointillés rouges ferment les cercles.</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filtre (%1)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Sortes</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Select a dataset with columns</source>
        <translation>Sélectionnez un jeu de données avec des colonnes</translation>
    </message>
    <message>
        <source>Choose a column of %1</source>
        <translation>Choisir une colonne de %1</translation>
    </message>
    <message>
        <source>Focus Here</source>
        <translation>Centrer ici</translation>
    </message>
    <message>
        <source>Close Upstream</source>
        <translation>Fermer l’amont</translation>
    </message>
    <message>
        <source>Close Downstream</source>
        <translation>Fermer l’aval</translation>
    </message>
    <message>
        <source>Open Upstream (%1)</source>
        <translation>Ouvrir l’amont (%1)</translation>
    </message>
    <message>
        <source>Open Downstream (%1)</source>
        <translation>Ouvrir l’aval (%1)</translation>
    </message>
    <message>
        <source>Show Datasets of %1</source>
        <translation>Afficher les jeux de données de %1</translation>
    </message>
    <message>
        <source>Show Products of %1</source>
        <translation>Afficher les produits de %1</translation>
    </message>
    <message>
        <source>Collapse Product %1</source>
        <translation>Regrouper le produit %1</translation>
    </message>
    <message>
        <source>Collapse Domain %1</source>
        <translation>Regrouper le domaine %1</translation>
    </message>
    <message>
        <source>Show Impact</source>
        <translation>Afficher l’impact</translation>
    </message>
    <message>
        <source>Trace Column</source>
        <translation>Tracer une colonne</translation>
    </message>
    <message>
        <source>Open Product %1</source>
        <translation>Ouvrir le produit %1</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lignage</translation>
    </message>
    <message>
        <source>The image of %1 × %2 pixels is too large to make.</source>
        <translation>Une image de %1 × %2 pixels est trop grande.</translation>
    </message>
    <message>
        <source>Exported from Tessera</source>
        <translation>Exporté depuis Tessera</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Lignage : %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Product, collapsed</source>
        <translation>Produit, regroupé</translation>
    </message>
    <message>
        <source>Domain, collapsed</source>
        <translation>Domaine, regroupé</translation>
    </message>
    <message>
        <source>External dataset</source>
        <translation>Jeu de données externe</translation>
    </message>
    <message>
        <source>Processing of %1 (from its input ports)</source>
        <translation>Traitement de %1 (d’après ses ports d’entrée)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Représente</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n autre non affiché)</numerusform>
            <numerusform>(%n autres non affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Focus here</source>
        <translation>Centrer ici</translation>
    </message>
    <message>
        <source>Show impact</source>
        <translation>Afficher l’impact</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Ouvrir le produit</translation>
    </message>
    <message>
        <source>Columns: click one to trace it</source>
        <translation>Colonnes : cliquez-en une pour la tracer</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <source>Colour by Domain</source>
        <translation>Colorer par domaine</translation>
    </message>
    <message>
        <source>Colour by Run State</source>
        <translation>Colorer par état d’exécution</translation>
    </message>
    <message>
        <source>Colour nodes by their domain, or by the latest run of the pipelines behind them</source>
        <translation>Colorer les nœuds selon leur domaine, ou selon la dernière exécution des pipelines qui les produisent</translation>
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
        <translation>Le récepteur n’écoute que sur cet ordinateur (127.0.0.1 ou ::1) sauf si les clients distants sont explicitement autorisés ; %1 n’est pas une adresse de boucle locale.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on %1 port %2: %3</source>
        <translation>Le récepteur ne peut pas écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>the request&apos;s headers are larger than %1 KB</source>
        <translation>les en-têtes de la requête dépassent %1 Ko</translation>
    </message>
    <message>
        <source>not an HTTP/1.1 request</source>
        <translation>pas une requête HTTP/1.1</translation>
    </message>
    <message>
        <source>no such endpoint: OpenLineage events go to POST /api/v1/lineage</source>
        <translation>point d’accès inconnu : les événements OpenLineage vont à POST /api/v1/lineage</translation>
    </message>
    <message>
        <source>only POST is accepted here</source>
        <translation>seul POST est accepté ici</translation>
    </message>
    <message>
        <source>the request must give its Content-Length</source>
        <translation>la requête doit indiquer son Content-Length</translation>
    </message>
    <message>
        <source>the Content-Length is not a number</source>
        <translation>le Content-Length n’est pas un nombre</translation>
    </message>
    <message>
        <source>the event is larger than %1 MB</source>
        <translation>l’événement dépasse %1 Mo</translation>
    </message>
    <message>
        <source>compressed bodies are not accepted; send the event as plain JSON</source>
        <translation>les corps compressés ne sont pas acceptés ; envoyez l’événement en JSON simple</translation>
    </message>
    <message>
        <source>the body must be application/json</source>
        <translation>le corps doit être application/json</translation>
    </message>
    <message>
        <source>send one event per request, not a list</source>
        <translation>envoyez un événement par requête, pas une liste</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3 of the body)</source>
        <translation>%1 (ligne %2, colonne %3 du corps)</translation>
    </message>
    <message>
        <source>the body holds no event</source>
        <translation>le corps ne contient aucun événement</translation>
    </message>
    <message>
        <source>the request gives its Content-Length more than once</source>
        <translation>la requête indique sa Content-Length plus d’une fois</translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Nothing selected.

Select a product, dataset or lineage node to see its details here.</source>
        <translation>Aucune sélection.

Sélectionnez un produit, un jeu de données ou un nœud du lignage pour en voir ici les détails.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the selected work</source>
        <translation>Arrêter la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Retirer les tâches terminées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <source>Open a catalog file</source>
        <translation>Ouvrir un fichier de catalogue</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in Catalog</source>
        <translation>&amp;Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Work as &amp;Role</source>
        <translation>Travailler avec le &amp;rôle</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>À &amp;propos de Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Tessera catalogs (*.tessera *.sqlite *.db);;All files (*)</source>
        <translation>Catalogues Tessera (*.tessera *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catalogue : %1</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>Aucun catalogue</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>&amp;Ouverture rapide…</translation>
    </message>
    <message>
        <source>Go to a product, dataset or column by name</source>
        <translation>Aller à un produit, un jeu de données ou une colonne par son nom</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes of the current page</source>
        <translation>Enregistrer les modifications de la page courante</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>My &amp;Domains</source>
        <translation>Mes &amp;domaines</translation>
    </message>
    <message>
        <source>The domains you own: as a domain owner you edit their products</source>
        <translation>Les domaines dont vous êtes responsable : en tant que responsable de domaine, vous modifiez leurs produits</translation>
    </message>
    <message>
        <source>The catalog in use stays open: a page with unsaved changes was kept.</source>
        <translation>Le catalogue en cours reste ouvert : une page comportant des modifications non enregistrées a été conservée.</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>brouillons</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits from an earlier session were kept for %n product(s): %1.</source>
        <translation>
            <numerusform>Des modifications non enregistrées d’une session précédente ont été conservées pour %n produit : %1.</numerusform>
            <numerusform>Des modifications non enregistrées d’une session précédente ont été conservées pour %n produits : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Lignage</translation>
    </message>
    <message>
        <source>Show where the catalog&apos;s data comes from and where it goes</source>
        <translation>Montrer d’où viennent les données du catalogue et où elles vont</translation>
    </message>
    <message>
        <source>lineage</source>
        <translation>lignage</translation>
    </message>
    <message>
        <source>&amp;Import Run Events…</source>
        <translation>&amp;Importer des événements d’exécution…</translation>
    </message>
    <message>
        <source>Read OpenLineage run events from files into the catalog</source>
        <translation>Lire des événements d’exécution OpenLineage depuis des fichiers dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;Receive Run Events</source>
        <translation>&amp;Recevoir des événements d’exécution</translation>
    </message>
    <message>
        <source>Let pipelines on this computer send OpenLineage events to Tessera over HTTP</source>
        <translation>Laisser les pipelines de cet ordinateur envoyer des événements OpenLineage à Tessera par HTTP</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pipelines</translation>
    </message>
    <message>
        <source>Show whether the pipelines behind the products ran, failed or are late</source>
        <translation>Montrer si les pipelines des produits ont tourné, échoué ou sont en retard</translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation>pipelines</translation>
    </message>
    <message>
        <source>No run of this product&apos;s pipelines is known.</source>
        <translation>Aucune exécution des pipelines de ce produit n’est connue.</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>Aucun catalogue n’est ouvert.</translation>
    </message>
    <message>
        <source>No event files (*.ndjson, *.jsonl, *.json) in %1.</source>
        <translation>Aucun fichier d’événements (*.ndjson, *.jsonl, *.json) dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n event file(s)</source>
        <translation>
            <numerusform>Lecture de %n fichier d’événements</numerusform>
            <numerusform>Lecture de %n fichiers d’événements</numerusform>
        </translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message numerus="yes">
        <source>No event could be read: %n problem(s), listed in Problems.</source>
        <translation>
            <numerusform>Aucun événement lisible : %n problème, listé dans Problèmes.</numerusform>
            <numerusform>Aucun événement lisible : %n problèmes, listés dans Problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read</source>
        <translation>
            <numerusform>%n événement lu</numerusform>
            <numerusform>%n événements lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) updated</source>
        <translation>
            <numerusform>%n exécution mise à jour</numerusform>
            <numerusform>%n exécutions mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused (see Problems)</source>
        <translation>
            <numerusform>%n ligne refusée (voir Problèmes)</numerusform>
            <numerusform>%n lignes refusées (voir Problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Run Events</source>
        <translation>Importer des événements d’exécution</translation>
    </message>
    <message>
        <source>OpenLineage events (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Événements OpenLineage (*.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>récepteur</translation>
    </message>
    <message>
        <source>Receiving OpenLineage events at %1</source>
        <translation>Réception des événements OpenLineage sur %1</translation>
    </message>
    <message>
        <source>Receive Run Events</source>
        <translation>Recevoir des événements d’exécution</translation>
    </message>
    <message>
        <source>Pipelines on this computer send OpenLineage events to
http://127.0.0.1:&lt;port&gt;/api/v1/lineage

Port:</source>
        <translation>Les pipelines de cet ordinateur envoient les événements OpenLineage à
http://127.0.0.1:&lt;port&gt;/api/v1/lineage

Port :</translation>
    </message>
    <message>
        <source>Receiving on port %1: %2 accepted, %3 refused</source>
        <translation>Réception sur le port %1 : %2 acceptés, %3 refusés</translation>
    </message>
    <message>
        <source>OpenLineage events are received at %1</source>
        <translation>Les événements OpenLineage sont reçus sur %1</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Gouvernance</translation>
    </message>
    <message>
        <source>Write and test governance policies, and see which products violate them</source>
        <translation>Écrire et tester des politiques de gouvernance, et voir quels produits les enfreignent</translation>
    </message>
    <message>
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <source>Role: %1 (given by the catalog&apos;s server)</source>
        <translation>Rôle : %1 (attribué par le serveur du catalogue)</translation>
    </message>
    <message>
        <source>Open &amp;Team Catalog…</source>
        <translation>Ouvrir un catalogue d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Open a catalog a team shares on a PostgreSQL server</source>
        <translation>Ouvrir un catalogue qu’une équipe partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>The password for %1 is kept in the system keychain.</source>
        <translation>Le mot de passe de %1 est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Open Team Catalog</source>
        <translation>Ouvrir un catalogue d’équipe</translation>
    </message>
    <message>
        <source>The catalog&apos;s PostgreSQL URL, without a password (Tessera asks for it):
postgresql://user@host/database?sslmode=verify-full</source>
        <translation>L’URL PostgreSQL du catalogue, sans mot de passe (Tessera le demande) :
postgresql://utilisateur@hote/base?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A team catalog is a postgresql:// URL; open a catalog file with Open Catalog.</source>
        <translation>Un catalogue d’équipe est une URL postgresql:// ; ouvrez un fichier de catalogue avec « Ouvrir un catalogue ».</translation>
    </message>
</context>
<context>
    <name>Tessera::MaskPreviewModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Sample values as seen</source>
        <translation>Valeurs d’exemple telles que vues</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
</context>
<context>
    <name>Tessera::Masking</name>
    <message>
        <source>Could not open a database in memory to run a custom mask.</source>
        <translation>Impossible d’ouvrir une base en mémoire pour un masque personnalisé.</translation>
    </message>
    <message>
        <source>one expression, not several statements</source>
        <translation>une expression, pas plusieurs instructions</translation>
    </message>
    <message>
        <source>The custom mask “%1” cannot be run: %2</source>
        <translation>Le masque personnalisé « %1 » ne peut pas être exécuté : %2</translation>
    </message>
    <message>
        <source>The custom mask “%1” failed: %2</source>
        <translation>Le masque personnalisé « %1 » a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Tessera::NavigatorPanel</name>
    <message>
        <source>Search products, datasets, columns…</source>
        <translation>Rechercher produits, jeux de données, colonnes…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Domains and data products</source>
        <translation>Domaines et produits de données</translation>
    </message>
    <message>
        <source>No catalog is open.

Open one with File ▸ Open Catalog… or start Tessera with --catalog.</source>
        <translation>Aucun catalogue n’est ouvert.

Ouvrez-en un avec Fichier ▸ Ouvrir un catalogue… ou lancez Tessera avec --catalog.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Filter by domain, owner team, tag, classification and status</source>
        <translation>Filtrer par domaine, équipe propriétaire, étiquette, classification et statut</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Les %1 premiers résultats</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Odcs</name>
    <message>
        <source>the classification &quot;%1&quot; is none of public, internal, confidential, restricted; the column is left unclassified in the catalog</source>
        <translation>la classification « %1 » n’est ni public, ni internal, ni confidential, ni restricted ; la colonne reste non classée dans le catalogue</translation>
    </message>
    <message>
        <source>not an ODCS data contract</source>
        <translation>pas un contrat de données ODCS</translation>
    </message>
    <message>
        <source>the contract has no id</source>
        <translation>le contrat n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is none of draft, active, deprecated, retired; the product is a draft in the catalog</source>
        <translation>le statut « %1 » n’est ni draft, ni active, ni deprecated, ni retired ; le produit est un brouillon dans le catalogue</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Odps</name>
    <message>
        <source>not an ODPS product file</source>
        <translation>pas un fichier produit ODPS</translation>
    </message>
    <message>
        <source>the product file has no id</source>
        <translation>le fichier produit n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is none of draft, active, deprecated, retired; the product is a draft in the catalog</source>
        <translation>le statut « %1 » n’est ni draft, ni active, ni deprecated, ni retired ; le produit est un brouillon dans le catalogue</translation>
    </message>
    <message>
        <source>the output port &quot;%1&quot; names the contract %2, which is not among the files read</source>
        <translation>le port de sortie « %1 » désigne le contrat %2, qui n’est pas parmi les fichiers lus</translation>
    </message>
</context>
<context>
    <name>Tessera::OpenLineage</name>
    <message>
        <source>not an OpenLineage event: it has no run, job or dataset</source>
        <translation>pas un événement OpenLineage : il n’a ni run, ni job, ni dataset</translation>
    </message>
    <message>
        <source>eventTime is required (an ISO 8601 date and time)</source>
        <translation>eventTime est obligatoire (une date et heure ISO 8601)</translation>
    </message>
    <message>
        <source>eventTime &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>eventTime « %1 » n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>producer is required (a URI)</source>
        <translation>producer est obligatoire (une URI)</translation>
    </message>
    <message>
        <source>eventType must be one of %1</source>
        <translation>eventType doit être l’un de %1</translation>
    </message>
    <message>
        <source>run.runId is required</source>
        <translation>run.runId est obligatoire</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be a list of datasets</source>
        <translation>%1 doit être une liste de jeux de données</translation>
    </message>
    <message>
        <source>a dataset needs a namespace and a name</source>
        <translation>un jeu de données a besoin d’un espace de noms (namespace) et d’un nom (name)</translation>
    </message>
    <message>
        <source>a dataset event needs dataset.namespace and dataset.name</source>
        <translation>un événement de jeu de données a besoin de dataset.namespace et dataset.name</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>un événement doit être un objet JSON</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>le fichier n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the event is larger than %1 MB</source>
        <translation>l’événement dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la ligne n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 GB</source>
        <translation>le fichier dépasse %1 Go</translation>
    </message>
</context>
<context>
    <name>Tessera::PasswordDialog</name>
    <message>
        <source>Team Catalog Password</source>
        <translation>Mot de passe du catalogue d’équipe</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>The server of the catalog &lt;b&gt;%1&lt;/b&gt; asks for the password of %2.</source>
        <translation>Le serveur du catalogue &lt;b&gt;%1&lt;/b&gt; demande le mot de passe de %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Le &amp;retenir dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Tessera::Permissions</name>
    <message>
        <source>Analysts read the catalog. To edit, work as a domain owner or a steward (Settings ▸ Work as Role).</source>
        <translation>Les analystes consultent le catalogue. Pour modifier, travaillez en tant que responsable de domaine ou responsable des données (Configuration ▸ Travailler avec le rôle).</translation>
    </message>
    <message>
        <source>This product belongs to the %1 domain, which you do not own. Its team or a steward can change it; choose your domains in Settings ▸ My Domains.</source>
        <translation>Ce produit appartient au domaine %1, dont vous n’êtes pas responsable. Son équipe ou un responsable des données peut le modifier ; choisissez vos domaines dans Configuration ▸ Mes domaines.</translation>
    </message>
    <message>
        <source>Analysts read the catalog. The catalog&apos;s server gives you this role; a steward can give you another.</source>
        <translation>Les analystes lisent le catalogue. Le serveur du catalogue vous donne ce rôle ; un data steward peut vous en donner un autre.</translation>
    </message>
    <message>
        <source>This product belongs to the %1 domain, which you do not own. Its team or a steward can change it; a steward can give you the domain on the catalog&apos;s server.</source>
        <translation>Ce produit appartient au domaine %1, dont vous n’êtes pas propriétaire. Son équipe ou un data steward peut le modifier ; un data steward peut vous attribuer le domaine sur le serveur du catalogue.</translation>
    </message>
    <message>
        <source>This product belongs to the %1 domain, but its owning team %2 belongs to another domain (%3), so the team&apos;s members cannot change it. A domain owner or a steward can change it, or move the team.</source>
        <translation>Ce produit appartient au domaine %1, mais son équipe propriétaire %2 appartient à un autre domaine (%3) : les membres de l’équipe ne peuvent donc pas le modifier. Un responsable de domaine ou un data steward peut le modifier, ou déplacer l’équipe.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Tessera::PipelineDashboardModel</name>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Failed or aborted</source>
        <translation>Échoué ou interrompu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Jobs that run other jobs as their tasks, and jobs that write no product&apos;s datasets</source>
        <translation>Jobs qui exécutent d’autres jobs comme tâches, et jobs qui n’écrivent aucun jeu de données d’un produit</translation>
    </message>
    <message>
        <source>%1, owned by %2</source>
        <translation>%1, appartenant à %2</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or aborted run(s)</source>
        <translation>
            <numerusform>%n exécution échouée ou interrompue</numerusform>
            <numerusform>%n exécutions échouées ou interrompues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n run(s) since %1</source>
        <translation>
            <numerusform>sur %n exécution depuis %1</numerusform>
            <numerusform>sur %n exécutions depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Runs %n task(s)</source>
        <translation>
            <numerusform>Exécute %n tâche</numerusform>
            <numerusform>Exécute %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % longer than the usual %3</source>
        <translation>%1 : %2 % plus long que les %3 habituelles</translation>
    </message>
    <message>
        <source>%1: %2 % shorter than the usual %3</source>
        <translation>%1 : %2 % plus court que les %3 habituelles</translation>
    </message>
    <message>
        <source>%1: as long as usual</source>
        <translation>%1 : aussi long que d’habitude</translation>
    </message>
    <message>
        <source>%1 (%2%3 %)</source>
        <translation>%1 (%2%3 %)</translation>
    </message>
    <message>
        <source>Product or job</source>
        <translation>Produit ou job</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 old, no latency promised</source>
        <translation>âge %1, aucune latence promise</translation>
    </message>
    <message>
        <source>no latency promised</source>
        <translation>aucune latence promise</translation>
    </message>
    <message>
        <source>no runs known</source>
        <translation>aucune exécution connue</translation>
    </message>
    <message>
        <source>fresh: %1 old, %2 allowed</source>
        <translation>à jour : âge %1, %2 permis</translation>
    </message>
    <message>
        <source>late: never completed</source>
        <translation>en retard : jamais terminé</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
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
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Show the products of one domain</source>
        <translation>Montrer les produits d’un domaine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show the products in one state</source>
        <translation>Montrer les produits dans un état</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The time failures are counted over and the history shows</source>
        <translation>La période sur laquelle les échecs sont comptés et que montre l’historique</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier %n jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the runs again</source>
        <translation>Relire les exécutions</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Pipeline dashboard</source>
        <translation>Tableau de bord des pipelines</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Show less time, in more detail (Ctrl+wheel)</source>
        <translation>Montrer moins de temps, plus en détail (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show more time</source>
        <translation>Montrer plus de temps</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show every run of the history</source>
        <translation>Montrer toutes les exécutions de l’historique</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Runs since %1</source>
        <translation>Exécutions depuis le %1</translation>
    </message>
    <message>
        <source>Runs of %1 since %2</source>
        <translation>Exécutions de %1 depuis le %2</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Exécutions de %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Pipelines of a product of %1</source>
        <translation>Pipelines d’un produit de %1</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Allowed age</source>
        <translation>Âge permis</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>%1 of %2 runs in the window</source>
        <translation>%1 sur %2 exécutions dans la période</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Open the product</source>
        <translation>Ouvrir le produit</translation>
    </message>
    <message>
        <source>The latest run of this job:</source>
        <translation>La dernière exécution de ce job :</translation>
    </message>
    <message>
        <source>No runs known.</source>
        <translation>Aucune exécution connue.</translation>
    </message>
</context>
<context>
    <name>Tessera::Policies</name>
    <message>
        <source>expected a mapping of keys and values, found %1</source>
        <translation>une table de clés et de valeurs était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown key “%1” (known here: %2)</source>
        <translation>clé « %1 » inconnue (connues ici : %2)</translation>
    </message>
    <message>
        <source>unknown key “%1”: did you mean “%2”?</source>
        <translation>clé « %1 » inconnue : vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>« %1 » est requis</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>du texte était attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>« %1 » ne doit pas être vide</translation>
    </message>
    <message>
        <source>“%1” is required (one of %2)</source>
        <translation>« %1 » est requis (l’un de %2)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>l’un de %1 était attendu</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>« %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>“%1” is not one of %2: did you mean “%3”?</source>
        <translation>« %1 » n’est pas l’un de %2 : vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>une liste était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>“%1” is required: name the roles (steward, owner, analyst)</source>
        <translation>« %1 » est requis : nommez les rôles (steward, owner, analyst)</translation>
    </message>
    <message>
        <source>“%1” is not a role: use steward, owner or analyst</source>
        <translation>« %1 » n’est pas un rôle : utilisez steward, owner ou analyst</translation>
    </message>
    <message>
        <source>“%1” is not a classification: use public, internal, confidential or restricted</source>
        <translation>« %1 » n’est pas une classification : utilisez public, internal, confidential ou restricted</translation>
    </message>
    <message>
        <source>an id is letters, digits, “.”, “_” and “-”, starting with a letter or digit</source>
        <translation>un identifiant se compose de lettres, de chiffres, de « . », « _ » et « - », et commence par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>a version is a whole number from 1</source>
        <translation>une version est un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>only a standard has a condition; a %1 policy has rules</source>
        <translation>seul un standard a une condition ; une politique %1 a des règles</translation>
    </message>
    <message>
        <source>“rules” is a list of rules</source>
        <translation>« rules » est une liste de règles</translation>
    </message>
    <message>
        <source>a standard has either one condition or rules, not both</source>
        <translation>un standard a soit une condition, soit des règles, pas les deux</translation>
    </message>
    <message>
        <source>“message” goes with a standard&apos;s condition</source>
        <translation>« message » accompagne la condition d’un standard</translation>
    </message>
    <message>
        <source>a %1 policy needs rules</source>
        <translation>une politique %1 a besoin de règles</translation>
    </message>
    <message>
        <source>“actions” is required (read, edit, publish)</source>
        <translation>« actions » est requis (read, edit, publish)</translation>
    </message>
    <message>
        <source>a masking rule picks columns by classification, tags or columns</source>
        <translation>une règle de masquage choisit des colonnes par classification, étiquettes ou noms de colonnes</translation>
    </message>
    <message>
        <source>a CUSTOM mask&apos;s expression uses {col} for the column&apos;s value</source>
        <translation>l’expression d’un masque CUSTOM utilise {col} pour la valeur de la colonne</translation>
    </message>
    <message>
        <source>only a CUSTOM mask has an expression</source>
        <translation>seul un masque CUSTOM a une expression</translation>
    </message>
    <message>
        <source>a quality rule has either a metric (%1) or sql</source>
        <translation>une règle de qualité a soit une métrique (%1), soit sql</translation>
    </message>
    <message>
        <source>“%1” is not a metric: use %2</source>
        <translation>« %1 » n’est pas une métrique : utilisez %2</translation>
    </message>
    <message>
        <source>“%1” is not a metric: did you mean “%2”?</source>
        <translation>« %1 » n’est pas une métrique : vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>“%1” takes two numbers, the lower first: [10, 20]</source>
        <translation>« %1 » prend deux nombres, le plus petit d’abord : [10, 20]</translation>
    </message>
    <message>
        <source>“%1” takes a number</source>
        <translation>« %1 » prend un nombre</translation>
    </message>
    <message>
        <source>a quality rule has exactly one operator (%1)</source>
        <translation>une règle de qualité a exactement un opérateur (%1)</translation>
    </message>
    <message>
        <source>the rule id “%1” is used twice in this policy</source>
        <translation>l’identifiant de règle « %1 » est utilisé deux fois dans cette politique</translation>
    </message>
    <message>
        <source>“policies” is a list of policies</source>
        <translation>« policies » est une liste de politiques</translation>
    </message>
    <message>
        <source>the file holds no policy</source>
        <translation>le fichier ne contient aucune politique</translation>
    </message>
    <message>
        <source>a policy file is a policy (a mapping with id, kind, title, ...) or “policies:” with a list of them</source>
        <translation>un fichier de politiques est une politique (une table avec id, kind, title, …) ou « policies: » avec une liste de politiques</translation>
    </message>
    <message>
        <source>the policy id “%1” is used twice in this file (first at line %2)</source>
        <translation>l’identifiant de politique « %1 » est utilisé deux fois dans ce fichier (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than a policy file holds</source>
        <translation>le fichier dépasse %1 Mo, plus qu’un fichier de politiques n’en contient</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the policy id “%1” is also used in %2</source>
        <translation>l’identifiant de politique « %1 » est aussi utilisé dans %2</translation>
    </message>
    <message>
        <source>a standard policy needs a condition or rules</source>
        <translation>une politique standard a besoin d’une condition ou de règles</translation>
    </message>
    <message>
        <source>the title %1</source>
        <translation>le titre %1</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyEditor</name>
    <message>
        <source>Policy source (YAML)</source>
        <translation>Source de la politique (YAML)</translation>
    </message>
</context>
<context>
    <name>Tessera::PolicyExports</name>
    <message>
        <source>From Tessera: %1 of %2 (%3)</source>
        <translation>Depuis Tessera : %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>From Tessera: %1 (%2)</source>
        <translation>Depuis Tessera : %1 (%2)</translation>
    </message>
    <message>
        <source>Masks and grants from Tessera&apos;s policies, for the Unity Catalog catalog %1.</source>
        <translation>Masques et droits issus des politiques de Tessera, pour le catalogue Unity Catalog %1.</translation>
    </message>
    <message>
        <source>Roles are account groups of the same names.</source>
        <translation>Les rôles sont des groupes de compte de mêmes noms.</translation>
    </message>
    <message>
        <source>%1 of %2, by %3</source>
        <translation>%1 de %2, par %3</translation>
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
        <translation>Publiée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Tessera::PostgresCatalogStore</name>
    <message>
        <source>Could not connect to the catalog %1: %2</source>
        <translation>Impossible de se connecter au catalogue %1 : %2</translation>
    </message>
    <message>
        <source>Setting up the connection</source>
        <translation>Préparation de la connexion</translation>
    </message>
    <message>
        <source>Reading your rights in the catalog</source>
        <translation>Lecture de vos droits dans le catalogue</translation>
    </message>
    <message>
        <source>The catalog %1 has no role for %2: a steward or the catalog&apos;s administrator grants one (tessera_steward, tessera_domain_owner or tessera_analyst) before Tessera can open it.</source>
        <translation>Le catalogue %1 n’a aucun rôle pour %2 : un data steward ou l’administrateur du catalogue doit en attribuer un (tessera_steward, tessera_domain_owner ou tessera_analyst) avant que Tessera puisse l’ouvrir.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 do this; what a person may change is set by the role a steward gave them. Nothing was changed.</source>
        <translation>Le serveur du catalogue ne permet pas cela à %1 ; ce qu’une personne peut modifier dépend du rôle qu’un data steward lui a donné. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Asking the catalog&apos;s server about %1</source>
        <translation>Interrogation du serveur du catalogue au sujet de %1</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) change %3: it belongs to the domain %4, which they do not own, and they are not in its owning team. Nothing was changed.</source>
        <translation>Le serveur du catalogue ne laisse pas %1 (%2) modifier %3 : il appartient au domaine %4, dont %1 n’est pas propriétaire, et %1 ne fait pas partie de son équipe propriétaire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) put %3 in the domain %4, which they do not own, nor give it to a team they are not in. Nothing was changed.</source>
        <translation>Le serveur du catalogue ne laisse pas %1 (%2) placer %3 dans le domaine %4, dont %1 n’est pas propriétaire, ni le confier à une équipe dont %1 ne fait pas partie. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Others were saving the same products at that moment, and the catalog&apos;s server could not fit this change in between, though Tessera tried %n more time(s). Nothing was changed; save again.</source>
        <translation>
            <numerusform>D’autres enregistraient les mêmes produits au même moment, et le serveur du catalogue n’a pas pu intercaler cette modification, bien que Tessera ait réessayé %n fois. Rien n’a été modifié ; enregistrez à nouveau.</numerusform>
            <numerusform>D’autres enregistraient les mêmes produits au même moment, et le serveur du catalogue n’a pas pu intercaler cette modification, bien que Tessera ait réessayé %n fois. Rien n’a été modifié ; enregistrez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the catalog&apos;s server who you are</source>
        <translation>Demande au serveur du catalogue de vous identifier</translation>
    </message>
    <message>
        <source>The catalog %1 was made by an older Tessera (catalog schema %2; this Tessera needs schema %3), and only its administrator can bring it up to date: a superuser of its server opens it once with this Tessera (for example tessera-cli source list --catalog URL). Until then, use the Tessera that made it. Nothing was changed.</source>
        <translation>Le catalogue %1 a été créé par un Tessera plus ancien (schéma de catalogue %2 ; ce Tessera requiert le schéma %3), et seul son administrateur peut le mettre à jour : un superutilisateur de son serveur l’ouvre une fois avec ce Tessera (par exemple tessera-cli source list --catalog URL). D’ici là, utilisez le Tessera qui l’a créé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Asking the catalog&apos;s server about the source %1</source>
        <translation>Interrogation du serveur du catalogue sur la source %1</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) sync or remove the source %3: only stewards do, as nobody is recorded as having added it. Nothing was changed.</source>
        <translation>Le serveur du catalogue ne permet pas à %1 (%2) de synchroniser ou de retirer la source %3 : seuls les data stewards le peuvent, car personne n’est enregistré comme l’ayant ajoutée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The catalog&apos;s server does not let %1 (%2) sync or remove the source %3: %4 added it, and only they and the stewards sync it. Nothing was changed.</source>
        <translation>Le serveur du catalogue ne permet pas à %1 (%2) de synchroniser ou de retirer la source %3 : %4 l’a ajoutée, et seuls cette personne et les data stewards la synchronisent. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewEngine</name>
    <message>
        <source>The preview worker stopped unexpectedly.</source>
        <translation>Le processus d’aperçu s’est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>The preview worker ended (exit status %1).</source>
        <translation>Le processus d’aperçu s’est terminé (code de sortie %1).</translation>
    </message>
    <message>
        <source>Cannot start the preview worker %1: %2</source>
        <translation>Impossible de démarrer le processus d’aperçu %1 : %2</translation>
    </message>
    <message>
        <source>The preview worker sent something that is not a reply.</source>
        <translation>Le processus d’aperçu a envoyé quelque chose qui n’est pas une réponse.</translation>
    </message>
    <message>
        <source>Loading the sample was stopped: it ran past its time limit, and the preview worker was ended.</source>
        <translation>Le chargement de l’échantillon a été arrêté : il a dépassé son délai, et le processus d’aperçu a été terminé.</translation>
    </message>
    <message numerus="yes">
        <source>The query was stopped: it ran past the time limit of %n second(s), and the preview worker was ended.</source>
        <translation>
            <numerusform>La requête a été arrêtée : elle a dépassé le délai de %n seconde, et le processus d’aperçu a été terminé.</numerusform>
            <numerusform>La requête a été arrêtée : elle a dépassé le délai de %n secondes, et le processus d’aperçu a été terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview worker was ended: it used %L1 MB, over the limit of %L2 MB.</source>
        <translation>Le processus d’aperçu a été terminé : il utilisait %L1 Mo, au-delà de la limite de %L2 Mo.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Il n’y a pas de requête %1.</translation>
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
        <translation>SQL de la recette</translation>
    </message>
    <message>
        <source>Recipe (as SQL)</source>
        <translation>Recette (en SQL)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Valeurs nulles</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Valeurs fréquentes</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) so far…</source>
        <translation>
            <numerusform>%Ln ligne jusqu’ici…</numerusform>
            <numerusform>%Ln lignes jusqu’ici…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>The dataset the recipe starts from and the comparison is made with</source>
        <translation>Le jeu de données dont part la recette et avec lequel la comparaison est faite</translation>
    </message>
    <message>
        <source> View as:</source>
        <translation> Afficher en tant que :</translation>
    </message>
    <message>
        <source>Samples are masked as the masking policies decide for this role</source>
        <translation>Les échantillons sont masqués comme le décident les politiques de masquage pour ce rôle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the query or recipe on the samples (Ctrl+Return)</source>
        <translation>Exécuter la requête ou la recette sur les échantillons (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compare with Input</source>
        <translation>Comparer avec l’entrée</translation>
    </message>
    <message>
        <source>Show the rows the result adds, removes and changes, before and after side by side</source>
        <translation>Montrer les lignes que le résultat ajoute, supprime et modifie, avant et après côte à côte</translation>
    </message>
    <message>
        <source>Previews saved with the product</source>
        <translation>Aperçus enregistrés avec le produit</translation>
    </message>
    <message>
        <source>Save Preview…</source>
        <translation>Enregistrer l’aperçu…</translation>
    </message>
    <message>
        <source>Keep the query or recipe with the product, under a name</source>
        <translation>Conserver la requête ou la recette avec le produit, sous un nom</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the result as CSV, masked as shown</source>
        <translation>Écrire le résultat en CSV, masqué comme affiché</translation>
    </message>
    <message>
        <source>Add Sample File…</source>
        <translation>Ajouter un fichier d’échantillon…</translation>
    </message>
    <message>
        <source>Samples (%1)</source>
        <translation>Échantillons (%1)</translation>
    </message>
    <message>
        <source>Add a Sample File</source>
        <translation>Ajouter un fichier d’échantillon</translation>
    </message>
    <message>
        <source>Load a CSV, JSON lines or SQLite file as one more table, to join or compare</source>
        <translation>Charger un fichier CSV, JSON Lines ou SQLite comme table supplémentaire, pour joindre ou comparer</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Loaded tables</source>
        <translation>Tables chargées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipe steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes de la recette&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recipe steps</source>
        <translation>Étapes de la recette</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
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
        <translation>Colonnes disponibles : %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>There is no product %1 in the catalog.</source>
        <translation>Le catalogue ne contient pas de produit %1.</translation>
    </message>
    <message>
        <source>No saved previews</source>
        <translation>Aucun aperçu enregistré</translation>
    </message>
    <message>
        <source>Saved previews…</source>
        <translation>Aperçus enregistrés…</translation>
    </message>
    <message>
        <source>%1 (recipe)</source>
        <translation>%1 (recette)</translation>
    </message>
    <message>
        <source>%1 (no sample)</source>
        <translation>%1 (sans échantillon)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>No dataset of %1 has sample data; attach a sample file to preview it.</source>
        <translation>Aucun jeu de données de %1 n’a de données d’échantillon ; joignez un fichier d’échantillon pour en voir un aperçu.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>The recipe compiles to one query of %Ln step(s).</source>
        <translation>
            <numerusform>La recette se compile en une requête de %Ln étape.</numerusform>
            <numerusform>La recette se compile en une requête de %Ln étapes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, masked (%2)</source>
        <translation>%1, masqué (%2)</translation>
    </message>
    <message>
        <source>Write a query, or add recipe steps, to run.</source>
        <translation>Pour exécuter, écrivez une requête ou ajoutez des étapes de recette.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln ligne en %1 ms</numerusform>
            <numerusform>%Ln lignes en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The input dataset has no quality rules in its contract.</source>
        <translation>Le jeu de données d’entrée n’a pas de règles de qualité dans son contrat.</translation>
    </message>
    <message numerus="yes">
        <source>Samples read; %Ln bad row(s) left out of %1.</source>
        <translation>
            <numerusform>Échantillons lus ; %Ln ligne incorrecte écartée de %1.</numerusform>
            <numerusform>Échantillons lus ; %Ln lignes incorrectes écartées de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples read. Write a query or add recipe steps, then run.</source>
        <translation>Échantillons lus. Écrivez une requête ou ajoutez des étapes de recette, puis exécutez.</translation>
    </message>
    <message>
        <source>whole rows</source>
        <translation>lignes entières</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Against %1 (by %2): %L3 added · %L4 removed · %L5 changed · %L6 the same</source>
        <translation>Par rapport à %1 (par %2) : %L3 ajoutées · %L4 supprimées · %L5 modifiées · %L6 identiques</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1 bins from %2 to %3: %4</source>
        <translation>%1 intervalles de %2 à %3 : %4</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message numerus="yes">
        <source>Quality (%Ln failing)</source>
        <translation>
            <numerusform>Qualité (%Ln en échec)</numerusform>
            <numerusform>Qualité (%Ln en échec)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Preview</source>
        <translation>Enregistrer l’aperçu</translation>
    </message>
    <message>
        <source>Name of the preview, kept with %1:</source>
        <translation>Nom de l’aperçu, conservé avec %1 :</translation>
    </message>
    <message>
        <source>Saved the preview “%1” with %2.</source>
        <translation>Aperçu « %1 » enregistré avec %2.</translation>
    </message>
    <message>
        <source>saved preview “%1”</source>
        <translation>aperçu enregistré « %1 »</translation>
    </message>
    <message>
        <source>Opened “%1”, saved by %2.</source>
        <translation>« %1 » ouvert, enregistré par %2.</translation>
    </message>
    <message>
        <source>Export the Result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>preview.csv</source>
        <translation>apercu.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Attach Sample…</source>
        <translation>Joindre un échantillon…</translation>
    </message>
    <message>
        <source>Attach a Sample to %1</source>
        <translation>Joindre un échantillon à %1</translation>
    </message>
    <message>
        <source>Attach Sample</source>
        <translation>Joindre un échantillon</translation>
    </message>
    <message>
        <source>Keep a sample file with the chosen dataset in the catalog, for everyone who previews it</source>
        <translation>Conserver un fichier d’échantillon avec le jeu de données choisi dans le catalogue, pour tous ceux qui en font l’aperçu</translation>
    </message>
    <message>
        <source>Choose a dataset of a product to attach a sample to.</source>
        <translation>Choisir un jeu de données d’un produit auquel joindre l’échantillon.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Il n’y a pas de fichier %1.</translation>
    </message>
    <message>
        <source>%1 is now the sample of %2.</source>
        <translation>%1 est désormais l’échantillon de %2.</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewResultModel</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (avant)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (après)</translation>
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
            <numerusform>%n champ là où l’en-tête en a %1</numerusform>
            <numerusform>%n champs là où l’en-tête en a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>le champ %1 n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 MB</source>
        <translation>le champ %1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>reading %1, which is not a loaded sample</source>
        <translation>la lecture de %1, qui n’est pas un échantillon chargé,</translation>
    </message>
    <message>
        <source>the function %1()</source>
        <translation>la fonction %1()</translation>
    </message>
    <message>
        <source>a recursive query</source>
        <translation>une requête récursive</translation>
    </message>
    <message>
        <source>PRAGMA %1</source>
        <translation>PRAGMA %1</translation>
    </message>
    <message>
        <source>attaching a database</source>
        <translation>l’attachement d’une base de données</translation>
    </message>
    <message>
        <source>changing data</source>
        <translation>la modification de données</translation>
    </message>
    <message>
        <source>a transaction</source>
        <translation>une transaction</translation>
    </message>
    <message>
        <source>a statement that is not a query</source>
        <translation>une instruction qui n’est pas une requête</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 : annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was stopped: it ran past the time limit of %n second(s).</source>
        <translation>
            <numerusform>%1 : arrêté, le délai de %n seconde a été dépassé.</numerusform>
            <numerusform>%1 : arrêté, le délai de %n secondes a été dépassé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was stopped: a value grew past the limit of %2 MB.</source>
        <translation>%1 : arrêté, une valeur a dépassé la limite de %2 Mo.</translation>
    </message>
    <message>
        <source>%1 was stopped: it needed more memory than a preview may take.</source>
        <translation>%1 : arrêté, il fallait plus de mémoire qu’un aperçu ne peut en prendre.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Il n’y a pas de fichier %1.</translation>
    </message>
    <message>
        <source>The sample is %L1 bytes; samples over %L2 bytes are not read.</source>
        <translation>L’échantillon fait %L1 octets ; les échantillons de plus de %L2 octets ne sont pas lus.</translation>
    </message>
    <message>
        <source>Cannot read the sample: %1</source>
        <translation>Impossible de lire l’échantillon : %1</translation>
    </message>
    <message>
        <source>The sample is empty: a CSV sample starts with a header row.</source>
        <translation>L’échantillon est vide : un échantillon CSV commence par une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>La ligne d’en-tête ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The header row is not valid UTF-8 in field %1.</source>
        <translation>La ligne d’en-tête n’est pas de l’UTF-8 valide dans le champ %1.</translation>
    </message>
    <message>
        <source>Loading the sample was cancelled.</source>
        <translation>Le chargement de l’échantillon a été annulé.</translation>
    </message>
    <message>
        <source>Row %L1 cannot be read: %2</source>
        <translation>La ligne %L1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Loading the sample</source>
        <translation>Chargement de l’échantillon</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>a line of JSON lines holds one object</source>
        <translation>une ligne de JSON Lines contient un objet</translation>
    </message>
    <message>
        <source>Line %L1 cannot be read: %2</source>
        <translation>La ligne %L1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The sample has no values: each line of JSON lines is an object.</source>
        <translation>L’échantillon n’a pas de valeurs : chaque ligne de JSON Lines est un objet.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file: %1</source>
        <translation>Impossible d’ouvrir le fichier SQLite : %1</translation>
    </message>
    <message>
        <source>Cannot read the SQLite file: %1</source>
        <translation>Impossible de lire le fichier SQLite : %1</translation>
    </message>
    <message>
        <source>The SQLite file has no tables.</source>
        <translation>Le fichier SQLite n’a pas de tables.</translation>
    </message>
    <message>
        <source>The SQLite file has %1 tables; say which to read: %2.</source>
        <translation>Le fichier SQLite a %1 tables ; indiquez laquelle lire : %2.</translation>
    </message>
    <message>
        <source>The SQLite file has no table “%1”; it has %2.</source>
        <translation>Le fichier SQLite n’a pas de table « %1 » ; il a %2.</translation>
    </message>
    <message>
        <source>The query is longer than %L1 bytes.</source>
        <translation>La requête dépasse %L1 octets.</translation>
    </message>
    <message>
        <source>A preview only reads the samples: %1 is not allowed.</source>
        <translation>Un aperçu ne fait que lire les échantillons : %1 n’est pas permis.</translation>
    </message>
    <message>
        <source>The query cannot be run: %1</source>
        <translation>La requête ne peut pas être exécutée : %1</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>The query is too large or nested too deeply.</source>
        <translation>La requête est trop grande ou trop profondément imbriquée.</translation>
    </message>
    <message>
        <source>There is nothing to run: the query is empty.</source>
        <translation>Il n’y a rien à exécuter : la requête est vide.</translation>
    </message>
    <message>
        <source>Run one statement at a time: a preview runs a single SELECT.</source>
        <translation>Exécutez une instruction à la fois : un aperçu exécute un seul SELECT.</translation>
    </message>
    <message>
        <source>A preview only reads the samples: the statement would change something.</source>
        <translation>Un aperçu ne fait que lire les échantillons : l’instruction modifierait quelque chose.</translation>
    </message>
    <message>
        <source>The query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>There is no result %1 any more; run the query again.</source>
        <translation>Le résultat %1 n’existe plus ; exécutez à nouveau la requête.</translation>
    </message>
    <message>
        <source>Profiling the result</source>
        <translation>Profilage du résultat</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The request was cancelled before it started.</source>
        <translation>La requête a été annulée avant de commencer.</translation>
    </message>
    <message>
        <source>The preview worker does not know the request “%1”.</source>
        <translation>Le processus d’aperçu ne connaît pas la requête « %1 ».</translation>
    </message>
    <message>
        <source>There is no table %1 to compare with.</source>
        <translation>Il n’y a pas de table %1 avec laquelle comparer.</translation>
    </message>
    <message>
        <source>The key %1 is not a column of both %2 and the result.</source>
        <translation>La clé %1 n’est pas une colonne à la fois de %2 et du résultat.</translation>
    </message>
    <message>
        <source>The result has no column of %1 to compare.</source>
        <translation>Le résultat n’a aucune colonne de %1 à comparer.</translation>
    </message>
    <message>
        <source>%1 is not allowed</source>
        <translation>%1 n’est pas permis</translation>
    </message>
    <message>
        <source>a rule is one query</source>
        <translation>une règle est une seule requête</translation>
    </message>
    <message>
        <source>a rule only reads</source>
        <translation>une règle ne fait que lire</translation>
    </message>
    <message>
        <source>the query gives no number</source>
        <translation>la requête ne donne aucun nombre</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>the result has no column %1</source>
        <translation>le résultat n’a pas de colonne %1</translation>
    </message>
    <message>
        <source>the rule has no query</source>
        <translation>la règle n’a pas de requête</translation>
    </message>
    <message>
        <source>%1 needs a column</source>
        <translation>%1 demande une colonne</translation>
    </message>
    <message>
        <source>field %1 holds the character U+0000 (NUL)</source>
        <translation>le champ %1 contient le caractère U+0000 (NUL)</translation>
    </message>
    <message>
        <source>The query holds the character U+0000 (NUL) at position %1; remove it.</source>
        <translation>La requête contient le caractère U+0000 (NUL) à la position %1 ; supprimez-le.</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>Tessera::ProductEdit</name>
    <message>
        <source>There is no product %1 in this catalog</source>
        <translation>Il n’y a aucun produit %1 dans ce catalogue</translation>
    </message>
    <message>
        <source>Service level %1 has no property (latency, availability, retention, …)</source>
        <translation>Le niveau de service %1 n’a pas de propriété (latence, disponibilité, conservation, …)</translation>
    </message>
    <message>
        <source>Service level %1 (%2) has no value</source>
        <translation>Le niveau de service %1 (%2) n’a pas de valeur</translation>
    </message>
    <message>
        <source>The product %1 was removed from the catalog</source>
        <translation>Le produit %1 a été supprimé du catalogue</translation>
    </message>
</context>
<context>
    <name>Tessera::ProductPage</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Suivant (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Write Back to Folder</source>
        <translation>Réécrire dans le dossier</translation>
    </message>
    <message>
        <source>Write Back</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. finance, daily</source>
        <translation>Séparées par des virgules, p. ex. finance, quotidien</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Add Service Level</source>
        <translation>Ajouter un niveau de service</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service levels&lt;/b&gt;</source>
        <translation>&lt;b&gt;Niveaux de service&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter columns by name, type, description, tag…</source>
        <translation>Filtrer les colonnes par nom, type, description, étiquette…</translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation>Filtrer les colonnes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Quality rules</source>
        <translation>Règles de qualité</translation>
    </message>
    <message>
        <source>Select one change to see what it did, or two to compare those versions.</source>
        <translation>Sélectionnez une modification pour voir son effet, ou deux pour comparer ces versions.</translation>
    </message>
    <message>
        <source>Differences between the selected versions</source>
        <translation>Différences entre les versions sélectionnées</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere and has been reloaded.</source>
        <translation>%1 a été modifié ailleurs et a été rechargé.</translation>
    </message>
    <message>
        <source>Links outside the catalog are not opened from here: %1</source>
        <translation>Les liens extérieurs au catalogue ne s’ouvrent pas d’ici : %1</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Double-click a description, classification or tags to edit it</source>
        <translation>Double-cliquez sur une description, une classification ou des étiquettes pour les modifier</translation>
    </message>
    <message>
        <source>Save first: the saved product is what is written</source>
        <translation>Enregistrez d’abord : c’est le produit enregistré qui est écrit</translation>
    </message>
    <message>
        <source>Write this product to the files of the folder it came from</source>
        <translation>Écrire ce produit dans les fichiers du dossier dont il provient</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1 domain</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>saved %1 by %2</source>
        <translation>enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Classification (the most sensitive column: %1)</source>
        <translation>Classification (colonne la plus sensible : %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Propriétaire :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; none recorded</source>
        <translation>&lt;b&gt;Propriétaire :&lt;/b&gt; aucun enregistré</translation>
    </message>
    <message>
        <source>&lt;i&gt;No tags&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune étiquette&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tags:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Étiquettes :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Kept in this catalog (not from a domain folder).</source>
        <translation>Conservé dans ce catalogue (ne provient pas d’un dossier de domaine).</translation>
    </message>
    <message>
        <source>From the domain folder “%1” (%2, file %3), synced %4.</source>
        <translation>Provient du dossier de domaine « %1 » (%2, fichier %3), synchronisé le %4.</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Ports de sortie</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Physical name</source>
        <translation>Nom physique</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Ports d’entrée</translation>
    </message>
    <message>
        <source>None: this product reads no other product.</source>
        <translation>Aucun : ce produit ne lit aucun autre produit.</translation>
    </message>
    <message>
        <source>%1 (outside the catalog)</source>
        <translation>%1 (hors du catalogue)</translation>
    </message>
    <message>
        <source>%1 (not in this catalog)</source>
        <translation>%1 (absent de ce catalogue)</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contrat %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>No product in this catalog reads this one.</source>
        <translation>Aucun produit de ce catalogue ne lit celui-ci.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2).</source>
        <translation>%1 enregistré (révision %2).</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.

%1</source>
        <translation>Rien n’a été enregistré ; vos modifications sont toujours là.

%1</translation>
    </message>
    <message>
        <source>Saved %1 over the other change (revision %2).</source>
        <translation>%1 enregistré à la place de l’autre modification (révision %2).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 back to %n file(s): %2</source>
        <translation>
            <numerusform>%1 réécrit dans %n fichier : %2</numerusform>
            <numerusform>%1 réécrit dans %n fichiers : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from the catalog by someone else.</source>
        <translation>%1 a été retiré du catalogue par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalog; your changes can be copied but not saved here.</source>
        <translation>Ce produit n’est plus dans le catalogue ; vous pouvez copier vos modifications, mais pas les enregistrer ici.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lignage</translation>
    </message>
    <message>
        <source>Show where this product&apos;s data comes from and where it goes</source>
        <translation>Montrer d’où viennent les données de ce produit et où elles vont</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>No pipeline run of this product is known.</source>
        <translation>Aucune exécution de pipeline de ce produit n’est connue.</translation>
    </message>
    <message>
        <source>Runs come from OpenLineage events: a domain folder&apos;s lineage files, File ▸ Import Run Events, or the receiver (File ▸ Receive Run Events). They attach to the product through the datasets its jobs write.</source>
        <translation>Les exécutions viennent d’événements OpenLineage : les fichiers de lignage d’un dossier de domaine, Fichier ▸ Importer des événements d’exécution, ou le récepteur (Fichier ▸ Recevoir des événements d’exécution). Elles se rattachent au produit par les jeux de données qu’écrivent ses jobs.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>%1 of %2 runs in the last 7 days</source>
        <translation>%1 sur %2 exécutions ces 7 derniers jours</translation>
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
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>Open in the pipelines dashboard</source>
        <translation>Ouvrir dans le tableau de bord des pipelines</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>No governance policies are chosen yet: View ▸ Governance starts with the sample ones.</source>
        <translation>Aucune politique de gouvernance n’est encore choisie : Affichage ▸ Gouvernance commence avec celles fournies.</translation>
    </message>
    <message>
        <source>%1, rule %2 in %3, line %4</source>
        <translation>%1, règle %2 dans %3, ligne %4</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy files: the governance tab shows them.</source>
        <translation>
            <numerusform>%n problème dans les fichiers de politiques : l’onglet Gouvernance le montre.</numerusform>
            <numerusform>%n problèmes dans les fichiers de politiques : l’onglet Gouvernance les montre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy files: %1</source>
        <translation>Fichiers de politiques : %1</translation>
    </message>
    <message numerus="yes">
        <source>Meets all %n standard policy(ies).</source>
        <translation>
            <numerusform>Respecte la %n politique standard.</numerusform>
            <numerusform>Respecte les %n politiques standard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fails %n rule(s) of the standard policies:</source>
        <translation>
            <numerusform>Enfreint %n règle des politiques standard :</numerusform>
            <numerusform>Enfreint %n règles des politiques standard :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Published policies: %1</source>
        <translation>Politiques publiées : %1</translation>
    </message>
    <message>
        <source>Preview Sample</source>
        <translation>Aperçu de l’échantillon</translation>
    </message>
    <message>
        <source>Query and transform this product&apos;s sample data, masked for your role</source>
        <translation>Interroger et transformer les données d’échantillon de ce produit, masquées pour votre rôle</translation>
    </message>
</context>
<context>
    <name>Tessera::Publishing</name>
    <message>
        <source>Only a data steward publishes governance policies; you work as %1.</source>
        <translation>Seul un data steward publie les politiques de gouvernance ; vous travaillez en tant que %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not published: it has %n problem(s), the first: %2</source>
        <translation>
            <numerusform>%1 n’a pas été publié : il a %n problème : %2</numerusform>
            <numerusform>%1 n’a pas été publié : il a %n problèmes, le premier : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not published: it holds no policy.</source>
        <translation>%1 n’a pas été publié : il ne contient aucune politique.</translation>
    </message>
</context>
<context>
    <name>Tessera::QualityChecks</name>
    <message>
        <source>Could not open a database in memory for the sample.</source>
        <translation>Impossible d’ouvrir une base de données en mémoire pour l’échantillon.</translation>
    </message>
    <message>
        <source>an sql rule is one query, not several statements</source>
        <translation>une règle sql est une seule requête, pas plusieurs instructions</translation>
    </message>
    <message>
        <source>the query took too long and was stopped</source>
        <translation>la requête a pris trop de temps et a été arrêtée</translation>
    </message>
    <message>
        <source>the query gives no number</source>
        <translation>la requête ne donne aucun nombre</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>must not be %1</source>
        <translation>ne doit pas valoir %1</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>doit être inférieur à %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être entre %1 et %2</translation>
    </message>
    <message>
        <source>must not be between %1 and %2</source>
        <translation>ne doit pas être entre %1 et %2</translation>
    </message>
    <message>
        <source>the sample of %1 has no column %2</source>
        <translation>l’échantillon de %1 n’a pas de colonne %2</translation>
    </message>
    <message>
        <source>%1 needs a column</source>
        <translation>%1 demande une colonne</translation>
    </message>
    <message>
        <source>%1 cannot be measured on sample data</source>
        <translation>%1 ne se mesure pas sur un échantillon</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>the sql rule</source>
        <translation>la règle sql</translation>
    </message>
    <message>
        <source>%1 on the sample of %2 (%3): %4</source>
        <translation>%1 sur l’échantillon de %2 (%3) : %4</translation>
    </message>
    <message>
        <source>%1 %2 (on the sample of %3)</source>
        <translation>%1 %2 (sur l’échantillon de %3)</translation>
    </message>
    <message>
        <source>sample rows</source>
        <translation>lignes de l’échantillon</translation>
    </message>
</context>
<context>
    <name>Tessera::QualityModel</name>
    <message>
        <source>null values</source>
        <translation>valeurs nulles</translation>
    </message>
    <message>
        <source>missing values</source>
        <translation>valeurs manquantes</translation>
    </message>
    <message>
        <source>invalid values</source>
        <translation>valeurs non valides</translation>
    </message>
    <message>
        <source>duplicate values</source>
        <translation>valeurs en double</translation>
    </message>
    <message>
        <source>row count</source>
        <translation>nombre de lignes</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>not between</source>
        <translation>hors de</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL : %1</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Ouverture rapide</translation>
    </message>
    <message>
        <source>Go to a product, dataset or column…</source>
        <translation>Aller à un produit, un jeu de données ou une colonne…</translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation>Ouverture rapide</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickOpenModel</name>
    <message>
        <source>product in %1</source>
        <translation>produit de %1</translation>
    </message>
    <message>
        <source>dataset of %1</source>
        <translation>jeu de données de %1</translation>
    </message>
    <message>
        <source>column of %1</source>
        <translation>colonne de %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Recipes</name>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>étape %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Supprimer les doublons</translation>
    </message>
    <message>
        <source>Same values in (all columns when empty)</source>
        <translation>Mêmes valeurs dans (toutes les colonnes si vide)</translation>
    </message>
    <message>
        <source>Fill missing values</source>
        <translation>Remplir les valeurs manquantes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Format dates</source>
        <translation>Formater les dates</translation>
    </message>
    <message>
        <source>Format (strftime: %Y-%m-%d)</source>
        <translation>Format (strftime : %Y-%m-%d)</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Supprimer les espaces superflus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Minuscules</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>Replace text</source>
        <translation>Remplacer du texte</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Split a column</source>
        <translation>Scinder une colonne</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Into new columns</source>
        <translation>En nouvelles colonnes</translation>
    </message>
    <message>
        <source>Derived column</source>
        <translation>Colonne dérivée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Expression (SQL)</source>
        <translation>Expression (SQL)</translation>
    </message>
    <message>
        <source>Keep rows</source>
        <translation>Conserver des lignes</translation>
    </message>
    <message>
        <source>Where (SQL condition)</source>
        <translation>Où (condition SQL)</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agréger</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Measures (name: expression)</source>
        <translation>Mesures (nom: expression)</translation>
    </message>
    <message>
        <source>Join a dataset</source>
        <translation>Joindre un jeu de données</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>On (column: its column)</source>
        <translation>Sur (colonne: sa colonne)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Its columns to add (all when empty)</source>
        <translation>Ses colonnes à ajouter (toutes si vide)</translation>
    </message>
    <message>
        <source>Encode</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>As</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Décoder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Rename columns</source>
        <translation>Renommer des colonnes</translation>
    </message>
    <message>
        <source>Columns (old: new)</source>
        <translation>Colonnes (ancien: nouveau)</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir des colonnes</translation>
    </message>
    <message>
        <source>Columns, in order</source>
        <translation>Colonnes, dans cet ordre</translation>
    </message>
    <message>
        <source>a recipe is a mapping with name, input and steps</source>
        <translation>une recette est une table avec name, input et steps</translation>
    </message>
    <message>
        <source>unknown key “%1” (known here: %2)</source>
        <translation>clé « %1 » inconnue (connues ici : %2)</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>du texte était attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>“input” is required: the dataset the first step reads</source>
        <translation>« input » est obligatoire : le jeu de données que lit la première étape</translation>
    </message>
    <message>
        <source>expected a list of steps, found %1</source>
        <translation>une liste d’étapes était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>a step is a mapping with one key, its kind (%1)</source>
        <translation>une étape est une table avec une seule clé, son type (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a step: use %2</source>
        <translation>« %1 » n’est pas une étape : utilisez %2</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2 (known: %3)</source>
        <translation>champ « %1 » inconnu de %2 (connus : %3)</translation>
    </message>
    <message>
        <source>expected a column name, found %1</source>
        <translation>un nom de colonne était attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a list of columns, found %1</source>
        <translation>une liste de colonnes était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a mapping (name: value), found %1</source>
        <translation>une table (nom: valeur) était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>« %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>cannot read the recipe: %1</source>
        <translation>impossible de lire la recette : %1</translation>
    </message>
    <message>
        <source>choose the dataset the recipe starts from</source>
        <translation>choisissez le jeu de données dont part la recette</translation>
    </message>
    <message>
        <source>there is no dataset “%1” loaded (loaded: %2)</source>
        <translation>aucun jeu de données « %1 » n’est chargé (chargés : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>step %1: “%2” is not a step</source>
        <translation>étape %1 : « %2 » n’est pas une étape</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>« %1 » est obligatoire</translation>
    </message>
    <message>
        <source>there is no column “%1” here (columns: %2)</source>
        <translation>il n’y a pas de colonne « %1 » ici (colonnes : %2)</translation>
    </message>
    <message>
        <source>a new column needs a name</source>
        <translation>une nouvelle colonne doit avoir un nom</translation>
    </message>
    <message>
        <source>there is a column “%1” already</source>
        <translation>il existe déjà une colonne « %1 »</translation>
    </message>
    <message>
        <source>say how “%1” is computed, as count(*) or sum(amount)</source>
        <translation>indiquez comment « %1 » est calculé, par exemple count(*) ou sum(amount)</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 n’a pas de colonne « %2 » (colonnes : %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::ResultQuality</name>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>a %1 rule is not measured by Tessera</source>
        <translation>une règle %1 n’est pas mesurée par Tessera</translation>
    </message>
    <message>
        <source>Tessera cannot measure this rule (%1 %2 %3)</source>
        <translation>Tessera ne peut pas mesurer cette règle (%1 %2 %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::Role</name>
    <message>
        <source>Data steward</source>
        <translation>Responsable des données</translation>
    </message>
    <message>
        <source>Domain owner</source>
        <translation>Responsable de domaine</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
</context>
<context>
    <name>Tessera::RunDetails</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Pile d’appels</translation>
    </message>
    <message>
        <source>Stack trace (%1)</source>
        <translation>Pile d’appels (%1)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Quality: %1 of %2 assertions passed</source>
        <translation>Qualité : %1 sur %2 assertions réussies</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
</context>
<context>
    <name>Tessera::RunTimelineModel</name>
    <message>
        <source>%1
run %2</source>
        <translation>%1
exécution %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>Tessera::Runs</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
</context>
<context>
    <name>Tessera::RuntimeInfo</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; Tessera cannot open a catalog.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé ; Tessera ne peut ouvrir aucun catalogue.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 but Tessera is linked with SQLite %2; the preview and policy sandboxes need them to be the same library.</source>
        <translation>Le pilote SQLite de Qt utilise SQLite %1 alors que Tessera est lié à SQLite %2 ; les bacs à sable des aperçus et des politiques exigent la même bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Tessera::SampleMesh</name>
    <message>
        <source>The bundled sample mesh has a problem: %1</source>
        <translation>Le mesh d’exemple fourni a un problème : %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2</source>
        <translation>Impossible de copier %1 vers %2</translation>
    </message>
</context>
<context>
    <name>Tessera::SchemaModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Physical type: %1</source>
        <translation>Type physique : %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Required: may not be empty</source>
        <translation>Obligatoire : ne peut pas être vide</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Oblig.</translation>
    </message>
    <message>
        <source>Unique: no two rows share a value</source>
        <translation>Unique : deux lignes ne peuvent pas avoir la même valeur</translation>
    </message>
    <message>
        <source>Uniq.</source>
        <translation>Uniq.</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Fait partie de la clé primaire</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>CP</translation>
    </message>
</context>
<context>
    <name>Tessera::Screenshots</name>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>Impossible d’écrire la capture %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Tessera::SearchParser</name>
    <message>
        <source>the quote at column %1 is not closed</source>
        <translation>le guillemet de la colonne %1 n’est pas fermé</translation>
    </message>
    <message>
        <source>there is no facet &quot;%1&quot;; use %2</source>
        <translation>il n’y a pas de facette « %1 » ; utilisez %2</translation>
    </message>
</context>
<context>
    <name>Tessera::SearchResultModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>Tessera::SlaModel</name>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>En clair</translation>
    </message>
</context>
<context>
    <name>Tessera::SqliteCatalogStore</name>
    <message>
        <source>Could not create the folder %1 for the catalog.</source>
        <translation>Impossible de créer le dossier %1 du catalogue.</translation>
    </message>
    <message>
        <source>Could not open the catalog %1: %2</source>
        <translation>Impossible d’ouvrir le catalogue %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera catalog: %2</source>
        <translation>%1 n’est pas un catalogue Tessera : %2</translation>
    </message>
    <message>
        <source>The catalog %1 is busy: another Tessera or program has been writing to it for more than 5 seconds. Nothing was changed; try again when it is done.</source>
        <translation>Le catalogue %1 est occupé : un autre Tessera ou programme y écrit depuis plus de 5 secondes. Rien n’a été modifié ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be written: the file or its folder is read-only. Nothing was changed.</source>
        <translation>Le catalogue %1 ne peut pas être écrit : le fichier ou son dossier est en lecture seule. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The catalog %1 could not be read or written (an input/output error of the disk). Nothing was changed; try again, and check the disk if it happens again.</source>
        <translation>Le catalogue %1 n’a pas pu être lu ou écrit (une erreur d’entrée/sortie du disque). Rien n’a été modifié ; réessayez, et vérifiez le disque si cela se reproduit.</translation>
    </message>
    <message>
        <source>The disk holding the catalog %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient le catalogue %1 est plein. Rien n’a été modifié ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or is not a Tessera catalog. Tessera keeps it read-only: nothing more is written to it. Restore it from a backup, or export what it still shows into a new catalog.</source>
        <translation>Le catalogue %1 est endommagé ou n’est pas un catalogue Tessera. Tessera le garde en lecture seule : plus rien n’y est écrit. Restaurez-le depuis une sauvegarde, ou exportez ce qu’il montre encore dans un nouveau catalogue.</translation>
    </message>
    <message>
        <source>The catalog %1 is busy with other work of this Tessera (a table it needs is in use). Nothing was changed; try again in a moment.</source>
        <translation>Le catalogue %1 est occupé par un autre travail de ce Tessera (une table dont il a besoin est utilisée). Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Tessera::StandardFiles</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the contract id %1 is used by %2 too</source>
        <translation>l’identifiant de contrat %1 est aussi utilisé par %2</translation>
    </message>
    <message>
        <source>two files describe the product %1</source>
        <translation>deux fichiers décrivent le produit %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Standards</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>ODCS data contract</source>
        <translation>contrat de données ODCS</translation>
    </message>
    <message>
        <source>ODPS data product</source>
        <translation>produit de données ODPS</translation>
    </message>
    <message>
        <source>DPDS data product descriptor</source>
        <translation>descripteur de produit de données DPDS</translation>
    </message>
    <message>
        <source>not an ODCS contract (kind: DataContract), an ODPS product (kind: DataProduct) or a DPDS descriptor (dataProductDescriptor)</source>
        <translation>ni un contrat ODCS (kind: DataContract), ni un produit ODPS (kind: DataProduct), ni un descripteur DPDS (dataProductDescriptor)</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build of Tessera</source>
        <translation>le schéma %1 manque dans cette version de Tessera</translation>
    </message>
    <message>
        <source>the contract says %1 but uses ODCS v3.1.0; it was read as v3.1.0</source>
        <translation>le contrat indique %1 mais utilise ODCS v3.1.0 ; il a été lu comme v3.1.0</translation>
    </message>
    <message>
        <source>not a document of a known standard</source>
        <translation>pas un document d’un standard connu</translation>
    </message>
    <message>
        <source>%1 fails %2 (%3): “%4” is not true</source>
        <translation>%1 enfreint %2 (%3) : « %4 » n’est pas vrai</translation>
    </message>
    <message>
        <source>%1 fails %2 (%3): “%4” is not true, with %5</source>
        <translation>%1 enfreint %2 (%3) : « %4 » n’est pas vrai, avec %5</translation>
    </message>
    <message>
        <source>condition of %1: %2</source>
        <translation>condition de %1 : %2</translation>
    </message>
    <message>
        <source>There is no product %1 in the catalog.</source>
        <translation>Le catalogue n’a pas de produit %1.</translation>
    </message>
</context>
<context>
    <name>Tessera::Sync</name>
    <message numerus="yes">
        <source>nothing changed: %n problem(s)</source>
        <translation>
            <numerusform>rien n’a changé : %n problème</numerusform>
            <numerusform>rien n’a changé : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 ajoutés, %2 modifiés, %3 supprimés, %4 inchangés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a source: use lower-case letters, digits, - and _</source>
        <translation>« %1 » ne peut pas nommer une source : utilisez des minuscules, des chiffres, - et _</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>there is a source named %1 already (%2)</source>
        <translation>il existe déjà une source nommée %1 (%2)</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>il n’y a pas de source nommée %1</translation>
    </message>
    <message>
        <source>the folder of the source %1 is gone: %2</source>
        <translation>le dossier de la source %1 a disparu : %2</translation>
    </message>
    <message>
        <source>%1 is already in the catalog, made or imported there; it is not taken over from this folder</source>
        <translation>%1 est déjà dans le catalogue, créé ou importé là ; il n’est pas repris de ce dossier</translation>
    </message>
    <message>
        <source>%1 already comes from the source %2</source>
        <translation>%1 provient déjà de la source %2</translation>
    </message>
    <message>
        <source>%1 was edited in Tessera (revision %2) and changed in its folder since the last sync; write the edit back or discard it, then sync again</source>
        <translation>%1 a été modifié dans Tessera (révision %2) et dans son dossier depuis la dernière synchronisation ; réécrivez la modification ou abandonnez-la, puis synchronisez à nouveau</translation>
    </message>
    <message>
        <source>%1 was edited in Tessera (revision %2) but its files are gone from the folder</source>
        <translation>%1 a été modifié dans Tessera (révision %2) mais ses fichiers ont disparu du dossier</translation>
    </message>
    <message>
        <source>there is no product %1</source>
        <translation>il n’y a pas de produit %1</translation>
    </message>
    <message>
        <source>%1 did not come from a source folder; export it instead</source>
        <translation>%1 ne provient pas d’un dossier source ; exportez-le plutôt</translation>
    </message>
    <message>
        <source>the source %1 of %2 is no longer registered</source>
        <translation>la source %1 de %2 n’est plus enregistrée</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the files of %1 changed in the folder since the last sync; sync first, then write back</source>
        <translation>les fichiers de %1 ont changé dans le dossier depuis la dernière synchronisation ; synchronisez d’abord, puis réécrivez</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 came from a %2 file; Tessera writes back ODPS product files and ODCS contracts only</source>
        <translation>%1 provient d’un fichier %2 ; Tessera ne réécrit que les fichiers produit ODPS et les contrats ODCS</translation>
    </message>
</context>
<context>
    <name>Tessera::TextCheck</name>
    <message>
        <source>zero-width space</source>
        <translation>espace sans chasse</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>antiliant sans chasse</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>liant sans chasse</translation>
    </message>
    <message>
        <source>direction mark</source>
        <translation>marque de direction</translation>
    </message>
    <message>
        <source>bidirectional override</source>
        <translation>forçage bidirectionnel</translation>
    </message>
    <message>
        <source>bidirectional isolate</source>
        <translation>isolat bidirectionnel</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>trait d’union conditionnel</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>gluon de mots</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit a name</source>
        <translation>fait %1 caractères ; un nom en compte au plus %2</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 character pair at position %1 (the text was damaged on its way)</source>
        <translation>contient une moitié de paire UTF-16 à la position %1 (le texte a été abîmé en chemin)</translation>
    </message>
    <message>
        <source>contains the control character %1 at position %2</source>
        <translation>contient le caractère de contrôle %1 à la position %2</translation>
    </message>
    <message>
        <source>contains the invisible character %1 at position %2</source>
        <translation>contient le caractère invisible %1 à la position %2</translation>
    </message>
    <message>
        <source>contains the invisible character %1 (%2) at position %3</source>
        <translation>contient le caractère invisible %1 (%2) à la position %3</translation>
    </message>
    <message>
        <source>contains the line break %1 at position %2</source>
        <translation>contient le saut de ligne %1 à la position %2</translation>
    </message>
</context>
<context>
    <name>Tessera::TrendChart</name>
    <message>
        <source>Compliance trend</source>
        <translation>Évolution de la conformité</translation>
    </message>
    <message>
        <source>No trend yet: it starts once policies are published (Publish…), and grows as products change.</source>
        <translation>Pas encore d’évolution : elle commence dès que des politiques sont publiées (Publier…) et s’enrichit à mesure que les produits changent.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Tessera::YamlReader</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>more than %L1 values (are aliases expanding without end?)</source>
        <translation>plus de %L1 valeurs (des alias se développent-ils sans fin ?)</translation>
    </message>
    <message>
        <source>a key must be plain text</source>
        <translation>une clé doit être du texte simple</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clé « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the file is %L1 bytes; files over %L2 bytes are not read</source>
        <translation>le fichier fait %L1 octets ; les fichiers de plus de %L2 octets ne sont pas lus</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1)</source>
        <translation>UTF-8 non valide (octet 0x%1)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds %1 YAML documents; one is expected</source>
        <translation>le fichier contient %1 documents YAML ; un seul est attendu</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %L1 values from %L2 written ones</source>
        <translation>les alias YAML se développent en plus de %L1 valeurs à partir de %L2 écrites</translation>
    </message>
    <message>
        <source>the text holds the character U+0000 (NUL), which a catalog cannot keep</source>
        <translation>le texte contient le caractère U+0000 (NUL), qu’aucun catalogue ne peut conserver</translation>
    </message>
    <message>
        <source>a key holds the character U+0000 (NUL)</source>
        <translation>une clé contient le caractère U+0000 (NUL)</translation>
    </message>
    <message>
        <source>the file holds the control character U+%1, which YAML and JSON allow only escaped</source>
        <translation>le fichier contient le caractère de contrôle U+%1, que YAML et JSON n’autorisent qu’échappé</translation>
    </message>
    <message>
        <source>not valid YAML: &quot;%1&quot; cannot start a value here</source>
        <translation>YAML non valide : « %1 » ne peut pas commencer une valeur ici</translation>
    </message>
    <message>
        <source>an escape names U+%1, half of a UTF-16 surrogate pair, which this reader does not join: write the character itself, or as one \U escape of eight digits (\U0001F600)</source>
        <translation>un échappement désigne U+%1, une moitié de paire de substitution UTF-16, que ce lecteur ne réunit pas : écrivez le caractère lui-même, ou en un seul échappement \U à huit chiffres (\U0001F600)</translation>
    </message>
    <message>
        <source>an escape names U+%1, which is not a character</source>
        <translation>un échappement désigne U+%1, qui n’est pas un caractère</translation>
    </message>
</context>
</TS>
