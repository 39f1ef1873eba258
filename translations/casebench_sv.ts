<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="31"/>
        <source>%n event(s) checked: chain intact</source>
        <translation>
            <numerusform>%n händelse kontrollerad: kedjan är obruten</numerusform>
            <numerusform>%n händelser kontrollerade: kedjan är obruten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="36"/>
        <source>%n event(s) checked before the break</source>
        <translation>
            <numerusform>%n händelse kontrollerad före brottet</numerusform>
            <numerusform>%n händelser kontrollerade före brottet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../model/CaseStatus.cpp" line="37"/>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="39"/>
        <source>Proposed</source>
        <translation>Förslag finns</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="41"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="43"/>
        <source>Returned for completion</source>
        <translation>Åter för komplettering</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="45"/>
        <source>Needs manual handling</source>
        <translation>Kräver manuell handläggning</translation>
    </message>
</context>
<context>
    <name>ChartPeriod</name>
    <message>
        <location filename="../model/ChartPeriod.cpp" line="52"/>
        <source>w. %1 %2</source>
        <extracomment>ISO week label in charts: %1 week number, %2 the week&apos;s year</extracomment>
        <translation>v. %1 %2</translation>
    </message>
</context>
<context>
    <name>ProposalOutcome</name>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="101"/>
        <source>Grant</source>
        <translation>Bifall</translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="103"/>
        <source>Partial grant</source>
        <translation>Delvis bifall</translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="105"/>
        <source>Refusal</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="107"/>
        <source>Request for completion</source>
        <translation>Begäran om komplettering</translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="109"/>
        <source>Manual assessment</source>
        <translation>Manuell bedömning</translation>
    </message>
</context>
<context>
    <name>RulePackHash</name>
    <message>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="18"/>
        <source>folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="28"/>
        <source>symbolic links are not allowed in a rule pack</source>
        <translation>symboliska länkar är inte tillåtna i ett regelpaket</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="41"/>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="48"/>
        <source>cannot read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>RulePackStatus</name>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="197"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="199"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="201"/>
        <source>Retired</source>
        <translation>Avvecklat</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <location filename="../model/UserRole.cpp" line="33"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../model/UserRole.cpp" line="35"/>
        <source>Team lead</source>
        <translation>Gruppledare</translation>
    </message>
    <message>
        <location filename="../model/UserRole.cpp" line="37"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="45"/>
        <source>casebench — the caseworker&apos;s workbench.

Without a command the workbench window opens. Commands:
  info                     schema and SQLCipher versions, cases per status
  demo --cases N [--seed S] [--out DIR] [--history-days D]
                           fill the cache (or DIR) with synthetic applications;
                           D days of decided history for the charts
  import [--skip-invalid] FILE|DIR…
                           import application JSON files
  rekey [--new-passphrase-file F]
                           change the cache passphrase
  propose [--pack DIR]… [--trace] FILE|DIR…
                           print a proposal (JSON line) per application; no cache
  process [--pack DIR]…    propose for every received case of the cache and store it
  pack list|import PATH|export ID DIR|activate ID --from DATE|retire ID
                           rule packs stored in the cache (PATH: folder or .zip)
  pack whatif ID [--last N] [--from DATE] [--to DATE]
                           re-run decided cases with a stored pack; writes nothing
  settings [set TYPE deadline-days N | set TYPE spot-check PERMILLE|pack]
                           deadline days and spot-check rate per case type
  audit verify | audit show [CASE_ID]
                           check the audit trail&apos;s hash chain; list its events

The passphrase comes from --passphrase-file, else CASEBENCH_PASSPHRASE, else a prompt. Exit status: 0 ok, 1 error, 2 wrong passphrase.</source>
        <translation>casebench — handläggarens arbetsverktyg.

Utan kommando öppnas arbetsfönstret. Kommandon:
  info                     schema- och SQLCipher-version, ärenden per status
  demo --cases N [--seed S] [--out MAPP] [--history-days D]
                           fyll cachen (eller MAPP) med syntetiska ansökningar;
                           D dagars beslutad historik för diagrammen
  import [--skip-invalid] FIL|MAPP…
                           importera ansökningsfiler i JSON-format
  rekey [--new-passphrase-file F]
                           byt cachens lösenfras
  propose [--pack MAPP]… [--trace] FIL|MAPP…
                           skriv ut ett förslag (en JSON-rad) per ansökan; ingen cache
  process [--pack MAPP]…   ta fram förslag för varje inkommet ärende i cachen och spara dem
  pack list|import SÖKVÄG|export ID MAPP|activate ID --from DATUM|retire ID
                           regelpaket som sparats i cachen (SÖKVÄG: mapp eller .zip)
  pack whatif ID [--last N] [--from DATUM] [--to DATUM]
                           kör beslutade ärenden på nytt med ett sparat paket; inget sparas
  settings [set TYP deadline-days N | set TYP spot-check PROMILLE|pack]
                           fristdagar och stickprovsandel per ärendetyp
  audit verify | audit show [ÄRENDE_ID]
                           kontrollera revisionsloggens hashkedja; lista dess händelser

Lösenfrasen hämtas från --passphrase-file, annars från CASEBENCH_PASSPHRASE, annars frågar programmet efter den. Slutstatus: 0 = OK, 1 = fel, 2 = fel lösenfras.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="71"/>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="72"/>
        <source>The encrypted cache file.</source>
        <translation>Den krypterade cachefilen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="75"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Läs lösenfrasen från första raden i FIL.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="76"/>
        <location filename="../app/CommandLine.cpp" line="99"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>Language: sv or en.</source>
        <translation>Språk: sv eller en.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="79"/>
        <source>Act as LOGIN, a user of the cache (default: your login).</source>
        <translation>Arbeta som LOGIN, en användare i cachen (standard: din inloggning).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace, debug, info, warn, error eller off.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>LEVEL</source>
        <translation>NIVÅ</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="84"/>
        <source>demo: number of applications.</source>
        <translation>demo: antal ansökningar.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="85"/>
        <location filename="../app/CommandLine.cpp" line="111"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86"/>
        <source>demo: random seed.</source>
        <translation>demo: slumpfrö.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="89"/>
        <source>demo: write application files into DIR instead.</source>
        <translation>demo: skriv ansökningsfiler till MAPP i stället.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="89"/>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="92"/>
        <source>demo: also D days of decided cases (synthetic history for the charts).</source>
        <translation>demo: även D dagar med beslutade ärenden (syntetisk historik för diagrammen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="92"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="96"/>
        <source>import: import the valid files of a batch with bad ones.</source>
        <translation>import: importera de giltiga filerna även om andra filer är ogiltiga.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="98"/>
        <source>rekey: read the new passphrase from FILE.</source>
        <translation>rekey: läs den nya lösenfrasen från FIL.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>propose: a rule pack folder, or a folder of them (repeatable).</source>
        <translation>propose: en regelpaketsmapp eller en mapp med sådana (kan upprepas).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="103"/>
        <source>propose: include the DMN trace.</source>
        <translation>propose: ta med DMN-spårningen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="105"/>
        <source>pack activate: first application date the pack applies to; pack whatif: cases decided on or after DATE.</source>
        <translation>pack activate: första ansökningsdatum som paketet gäller för; pack whatif: ärenden beslutade DATUM eller senare.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <location filename="../app/CommandLine.cpp" line="109"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="109"/>
        <source>pack whatif: cases decided on or before DATE.</source>
        <translation>pack whatif: ärenden beslutade DATUM eller tidigare.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="111"/>
        <source>pack whatif: the N most recently decided cases.</source>
        <translation>pack whatif: de N senast beslutade ärendena.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="118"/>
        <source>one of the commands above</source>
        <translation>ett av kommandona ovan</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="209"/>
        <source>--from must be a date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation>--from måste vara ett datum (ÅÅÅÅ-MM-DD), inte &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="218"/>
        <source>--to must be a date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation>--to måste vara ett datum (ÅÅÅÅ-MM-DD), inte &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="225"/>
        <source>--last must be a whole number from 1</source>
        <translation>--last måste vara ett heltal från 1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="236"/>
        <source>pack needs one of list, import, export, activate, retire, whatif</source>
        <translation>pack behöver något av list, import, export, activate, retire, whatif</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="240"/>
        <source>pack %1 takes %2 argument(s)</source>
        <translation>pack %1 tar %2 argument</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="244"/>
        <source>pack activate needs --from DATE: the first application date it applies to</source>
        <translation>pack activate behöver --from DATUM: det första ansökningsdatum paketet gäller för</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="249"/>
        <source>--last and --to belong to pack whatif</source>
        <translation>--last och --to hör till pack whatif</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>audit takes verify, or show with an optional CASE_ID</source>
        <translation>audit tar verify, eller show med ett valfritt ÄRENDE_ID</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="263"/>
        <source>%1 needs at least one FILE or DIR</source>
        <translation>%1 behöver minst en FIL eller MAPP</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="118"/>
        <source>[command]</source>
        <translation>[kommando]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="138"/>
        <source>--user: &quot;%1&quot; is not a login</source>
        <translation>--user: &quot;%1&quot; är inte en inloggning</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation>--lang måste vara sv eller en, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="147"/>
        <source>--log-level: unknown level &quot;%1&quot;</source>
        <translation>--log-level: okänd nivå &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="156"/>
        <source>Unknown command &quot;%1&quot;; see --help</source>
        <translation>Okänt kommando &quot;%1&quot;; se --help</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="163"/>
        <source>--%1 belongs to the %2 command</source>
        <translation>--%1 hör till kommandot %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="181"/>
        <source>--history-days belongs to the demo command</source>
        <translation>--history-days hör till kommandot demo</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="186"/>
        <source>--history-days must be a whole number from 0 to 3650</source>
        <translation>--history-days måste vara ett heltal från 0 till 3650</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="191"/>
        <source>--cases must be a whole number from 0 to 10000000</source>
        <translation>--cases måste vara ett heltal från 0 till 10000000</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="196"/>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed måste vara ett icke-negativt heltal</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="269"/>
        <source>%1 takes no further arguments (got &quot;%2&quot;)</source>
        <translation>%1 tar inga fler argument (fick &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/CacheOpener.cpp" line="23"/>
        <source>Passphrase for %1: </source>
        <translation>Lösenfras för %1: </translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="49"/>
        <source>Cache:          %1</source>
        <translation>Cache:          %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="50"/>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="51"/>
        <source>SQLCipher:      %1 (SQLite %2)</source>
        <translation>SQLCipher:      %1 (SQLite %2)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="54"/>
        <source>Cases:          %1</source>
        <translation>Ärenden:        %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="71"/>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="81"/>
        <source>The passphrase of %1 was changed.</source>
        <translation>Lösenfrasen för %1 har bytts.</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="96"/>
        <source>Wrote %1 application files to %2</source>
        <translation>Ansökningsfiler skrivna till %2: %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="124"/>
        <source>Stored %1 demo cases in %2 (%3 s)</source>
        <translation>Demoärenden sparade i %2: %1 (%3 s)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="139"/>
        <source>Stored a decided history of %1 days: %2 cases, %3 decided (%4 overridden), %5 returned, %6 still open (%7 s)</source>
        <translation>Beslutad historik för %1 dagar sparad: %2 ärenden, %3 beslutade (%4 med avvikande beslut), %5 återsända, %6 fortfarande öppna (%7 s)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="177"/>
        <source>%1: case %2 is already in the cache; not imported again</source>
        <translation>%1: ärende %2 finns redan i cachen; importeras inte igen</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="181"/>
        <source>%1: case %2 is also in %3; imported once</source>
        <translation>%1: ärende %2 finns även i %3; importeras en gång</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="185"/>
        <source>%1 files: %2 valid, %3 invalid, %4 duplicates; %5 cases imported</source>
        <translation>Filer: %1 (%2 giltiga, %3 ogiltiga, %4 dubbletter); importerade ärenden: %5</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="193"/>
        <source>Nothing was imported because of the invalid files (use --skip-invalid to import the valid ones).</source>
        <translation>Inget importerades eftersom några filer är ogiltiga (använd --skip-invalid för att importera de giltiga).</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="311"/>
        <source>%1 received cases: %2 proposed, %3 need manual handling (could not be evaluated)</source>
        <translation>%1 inkomna ärenden: %2 fick förslag, %3 kräver manuell handläggning (kunde inte utvärderas)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="350"/>
        <source>Unknown command &quot;%1&quot;</source>
        <translation>Okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="59"/>
        <source>Cannot read the passphrase file: %1</source>
        <translation>Kan inte läsa lösenfrasfilen: %1</translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="62"/>
        <source>The passphrase file is empty</source>
        <translation>Lösenfrasfilen är tom</translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="74"/>
        <source>No passphrase: use --passphrase-file, set CASEBENCH_PASSPHRASE, or run in a terminal to be asked</source>
        <translation>Ingen lösenfras: använd --passphrase-file, sätt CASEBENCH_PASSPHRASE eller kör i en terminal för att bli tillfrågad</translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="90"/>
        <source>No passphrase was given</source>
        <translation>Ingen lösenfras angavs</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="160"/>
        <source>a person must be an object, not %1</source>
        <translation>en person måste vara ett objekt, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="174"/>
        <source>the applicant&apos;s relation is &quot;applicant&quot; (or left out)</source>
        <translation>sökandens relation ska vara &quot;applicant&quot; (eller utelämnas)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="186"/>
        <location filename="../model/ApplicationSchema.cpp" line="355"/>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>okänt värde &quot;%1&quot;; tillåtna: %2</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="200"/>
        <location filename="../model/ApplicationSchema.cpp" line="258"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="204"/>
        <location filename="../model/ApplicationReader.cpp" line="308"/>
        <location filename="../model/ApplicationSchema.cpp" line="260"/>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="221"/>
        <source>required field is missing (a child may be given with birth_date instead)</source>
        <translation>obligatoriskt fält saknas (för ett barn kan birth_date anges i stället)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="223"/>
        <location filename="../model/ApplicationReader.cpp" line="289"/>
        <location filename="../model/ApplicationSchema.cpp" line="231"/>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="226"/>
        <source>lies after the date the application was received</source>
        <translation>ligger efter datumet då ansökan inkom</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="232"/>
        <source>must be a string, not %1</source>
        <translation>måste vara en sträng, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="243"/>
        <source>does not match the birth date in the personnummer</source>
        <translation>stämmer inte med födelsedatumet i personnumret</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="268"/>
        <source>an attachment must be an object, not %1</source>
        <translation>en bilaga måste vara ett objekt, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="282"/>
        <source>must be an attachment type code (lower-case letters, digits, _)</source>
        <translation>måste vara en kod för bilagetyp (gemener, siffror, _)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="293"/>
        <source>must be true or false, not %1</source>
        <translation>måste vara true eller false, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="303"/>
        <source>must name the file when present is true</source>
        <translation>måste ange filnamnet när present är true</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="106"/>
        <source>not a valid organisationsnummer (NNNNNN-NNNN with a correct check digit)</source>
        <translation>inte ett giltigt organisationsnummer (NNNNNN-NNNN med korrekt kontrollsiffra)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="108"/>
        <source>not a Swedish registration number (three letters, two digits and a digit or letter, e.g. ABC123 or ABC12A, without space)</source>
        <translation>inte ett svenskt registreringsnummer (tre bokstäver, två siffror och en siffra eller bokstav, t.ex. ABC123 eller ABC12A, utan mellanslag)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="111"/>
        <source>not a Swedish postal code (NNN NN)</source>
        <translation>inte ett svenskt postnummer (NNN NN)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="130"/>
        <location filename="../model/ApplicationSchema.cpp" line="581"/>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="132"/>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="134"/>
        <source>an amount (whole kronor as a JSON integer or a decimal string)</source>
        <translation>ett belopp (hela kronor som JSON-heltal eller en decimalsträng)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="136"/>
        <source>a rate as a decimal string, e.g. &quot;0.3142&quot;</source>
        <translation>en sats som decimalsträng, t.ex. &quot;0.3142&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="138"/>
        <source>a decimal string, e.g. &quot;7.5&quot;</source>
        <translation>en decimalsträng, t.ex. &quot;7.5&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="140"/>
        <source>a date YYYY-MM-DD</source>
        <translation>ett datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="142"/>
        <source>a month YYYY-MM</source>
        <translation>en månad ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="144"/>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="146"/>
        <source>a personnummer as a string</source>
        <translation>ett personnummer som sträng</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="148"/>
        <source>one of the listed codes as a string</source>
        <translation>en av de angivna koderna som sträng</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="150"/>
        <location filename="../model/ApplicationSchema.cpp" line="583"/>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="152"/>
        <location filename="../model/ApplicationSchema.cpp" line="585"/>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="159"/>
        <source>must be %1, not %2</source>
        <translation>måste vara %1, inte %2</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="240"/>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="270"/>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="273"/>
        <location filename="../model/ApplicationSchema.cpp" line="305"/>
        <source>must be at least %1</source>
        <translation>måste vara minst %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="275"/>
        <location filename="../model/ApplicationSchema.cpp" line="307"/>
        <source>must be at most %1</source>
        <translation>får vara högst %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="277"/>
        <source>refers to person %1, but the application has persons 0…%2 (0 is the applicant, 1… the household in order)</source>
        <translation>hänvisar till person %1, men ansökan har personerna 0…%2 (0 är sökanden, 1… hushållsmedlemmarna i ordning)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="288"/>
        <source>amount must not be negative</source>
        <translation>beloppet får inte vara negativt</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="290"/>
        <source>must be at least %1 kronor</source>
        <translation>måste vara minst %1 kronor</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="292"/>
        <source>must be at most %1 kronor</source>
        <translation>får vara högst %1 kronor</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="301"/>
        <source>&quot;%1&quot; is not a decimal such as &quot;0.3142&quot; (a point, at most six decimals, not negative)</source>
        <translation>&quot;%1&quot; är inte ett decimaltal som &quot;0.3142&quot; (decimalpunkt, högst sex decimaler, inte negativt)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="317"/>
        <source>&quot;%1&quot; is not a real date YYYY-MM-DD</source>
        <translation>&quot;%1&quot; är inte ett giltigt datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="324"/>
        <source>must not be before %1</source>
        <translation>får inte vara före %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="334"/>
        <source>&quot;%1&quot; is not a month YYYY-MM</source>
        <translation>&quot;%1&quot; är inte en giltig månad ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="577"/>
        <source>a boolean</source>
        <translation>ett booleskt värde</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="579"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="589"/>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="26"/>
        <source>amount is too large (more than %1 kronor)</source>
        <translation>beloppet är för stort (mer än %1 kronor)</translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="37"/>
        <source>not a personnummer: expected YYYYMMDD-NNNC, YYMMDD-NNNC or YYMMDD+NNNC</source>
        <translation>inte ett personnummer: förväntade ÅÅÅÅMMDD-NNNK, ÅÅMMDD-NNNK eller ÅÅMMDD+NNNK</translation>
    </message>
    <message>
        <location filename="../app/ActingUser.cpp" line="27"/>
        <source>The user &quot;%1&quot; is deactivated in this cache.</source>
        <translation>Användaren &quot;%1&quot; är inaktiverad i den här cachen.</translation>
    </message>
    <message>
        <location filename="../app/ActingUser.cpp" line="41"/>
        <source>There is no user &quot;%1&quot; in this cache (use --user LOGIN).</source>
        <translation>Det finns ingen användare &quot;%1&quot; i den här cachen (använd --user LOGIN).</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="39"/>
        <source>The audit chain is broken at event %1: %2</source>
        <translation>Revisionskedjan är bruten vid händelse %1: %2</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="75"/>
        <source>audit needs verify or show</source>
        <translation>audit behöver verify eller show</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="45"/>
        <source>%1 is %2; only an administrator may change rule packs and settings</source>
        <translation>%1 är %2; bara en administratör får ändra regelpaket och inställningar</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="56"/>
        <source>&quot;%1&quot; is not a pack id (see casebench pack list)</source>
        <translation>&quot;%1&quot; är inte ett paket-id (se casebench pack list)</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="65"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="66"/>
        <source>PACK</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="67"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="68"/>
        <location filename="../app/PackCommands.cpp" line="261"/>
        <source>CASE TYPE</source>
        <translation>ÄRENDETYP</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="69"/>
        <source>VALID</source>
        <translation>GILTIGT</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="70"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="71"/>
        <source>APPLIES FROM</source>
        <translation>GÄLLER FRÅN</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="72"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="77"/>
        <source>activated by %1 %2</source>
        <translation>aktiverat av %1 %2</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="79"/>
        <source>retired by %1 %2</source>
        <translation>avvecklat av %1 %2</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="81"/>
        <source>imported by %1 %2</source>
        <translation>importerat av %1 %2</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="121"/>
        <source>%1: cannot be evaluated: %2</source>
        <translation>%1: kan inte utvärderas: %2</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="123"/>
        <source>%1: %2 %3 → %4 %5 (decided %6 %7)</source>
        <translation>%1: %2 %3 → %4 %5 (beslutat %6 %7)</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="130"/>
        <source>%1 %2 over %3 decided cases: %4 evaluated, %5 change outcome, %6 change amount, %7 cannot be evaluated; amount difference %8 kr (%9 s)</source>
        <translation>%1 %2 på %3 beslutade ärenden: %4 utvärderade, %5 får ett annat utfall, %6 får ett annat belopp, %7 kan inte utvärderas; beloppsskillnad %8 kr (%9 s)</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="170"/>
        <source>%1: not imported; nothing was stored</source>
        <translation>%1: importerades inte; inget sparades</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="174"/>
        <source>%1 %2 (%3, valid %4 – %5) stored as %6, id %7, hash %8</source>
        <translation>%1 %2 (%3, giltigt %4 – %5) sparat som %6, id %7, hash %8</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="191"/>
        <source>Pack %1 written to %2</source>
        <translation>Paket %1 skrivet till %2</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="202"/>
        <source>%1 %2 is active for %3 from %4 to %5</source>
        <translation>%1 %2 är aktivt för %3 från %4 till %5</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="212"/>
        <source>%1 %2 is retired</source>
        <translation>%1 %2 är avvecklat</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="215"/>
        <source>Unknown pack command &quot;%1&quot;; see --help</source>
        <translation>Okänt pack-kommando &quot;%1&quot;; se --help</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="233"/>
        <source>settings takes no arguments, or: set TYPE deadline-days N | set TYPE spot-check PERMILLE|pack</source>
        <translation>settings tar inga argument, eller: set TYP deadline-days N | set TYP spot-check PROMILLE|pack</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="246"/>
        <source>unknown setting &quot;%1&quot; (deadline-days or spot-check)</source>
        <translation>okänd inställning &quot;%1&quot; (deadline-days eller spot-check)</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="250"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>&quot;%1&quot; är inte ett antal dagar</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="256"/>
        <source>&quot;%1&quot; is not a rate in per mille</source>
        <translation>&quot;%1&quot; är inte en andel i promille</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="262"/>
        <source>DEADLINE DAYS</source>
        <translation>FRISTDAGAR</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="263"/>
        <source>SPOT CHECK</source>
        <translation>STICKPROV</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="269"/>
        <source>%1 ‰</source>
        <translation>%1 ‰</translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="270"/>
        <source>the pack&apos;s rate</source>
        <translation>paketets andel</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="161"/>
        <source>the application has no value for %1</source>
        <translation>ansökan har inget värde för %1</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="44"/>
        <source>The %1 is not a JSON object: %2</source>
        <translation>%1 är inte ett JSON-objekt: %2</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="39"/>
        <source>empty entry name</source>
        <translation>tomt namn på post</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="41"/>
        <source>absolute path</source>
        <translation>absolut sökväg</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="46"/>
        <source>path leads outside the pack (&quot;..&quot;)</source>
        <translation>sökvägen leder utanför paketet (&quot;..&quot;)</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="49"/>
        <source>not a plain relative path</source>
        <translation>inte en enkel relativ sökväg</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="91"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="157"/>
        <source>unknown case type &quot;%1&quot;; the cache knows %2</source>
        <translation>okänd ärendetyp &quot;%1&quot;; cachen känner till %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="88"/>
        <source>Could not read case %1: %2</source>
        <translation>Kunde inte läsa ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="90"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="106"/>
        <source>Case %1 is decided; decided cases are read-only — reopen it first</source>
        <translation>Ärende %1 är beslutat; beslutade ärenden är skrivskyddade — återöppna det först</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="46"/>
        <source>period_start</source>
        <translation>periodstart</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="46"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="58"/>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>received</source>
        <translation>inkomna</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="58"/>
        <location filename="../model/ChartCsv.cpp" line="107"/>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>decided</source>
        <translation>beslutade</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="58"/>
        <source>open_at_end</source>
        <translation>öppna_vid_slut</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="69"/>
        <source>confirmed_unchanged</source>
        <translation>bekräftade_oförändrade</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="69"/>
        <location filename="../model/ChartCsv.cpp" line="82"/>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>overridden</source>
        <translation>avvikande</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="70"/>
        <source>returned</source>
        <translation>återsända</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="70"/>
        <source>manual_handling</source>
        <translation>manuell_handläggning</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="70"/>
        <source>total</source>
        <translation>totalt</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="82"/>
        <source>confirmed</source>
        <translation>bekräftade</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="82"/>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>override_rate</source>
        <translation>andel_avvikande</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="83"/>
        <source>spot_checked</source>
        <translation>stickprov</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="83"/>
        <source>spot_check_failures</source>
        <translation>underkända_stickprov</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="84"/>
        <source>automation_errors</source>
        <translation>automatiseringsfel</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>matched</source>
        <translation>träffar</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="107"/>
        <source>median_days</source>
        <translation>median_dagar</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="107"/>
        <source>p90_days</source>
        <translation>p90_dagar</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="108"/>
        <source>decided_past_deadline</source>
        <translation>beslutade_efter_frist</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>case_id</source>
        <translation>ärende_id</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>case_type</source>
        <translation>ärendetyp</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>due_on</source>
        <translation>frist</translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="120"/>
        <source>days_late</source>
        <translation>dagar_sent</translation>
    </message>
    <message>
        <location filename="../model/ChartQueries.cpp" line="91"/>
        <source>Could not prepare a chart query: %1</source>
        <translation>Kunde inte förbereda en diagramfråga: %1</translation>
    </message>
    <message>
        <location filename="../model/ChartQueries.cpp" line="95"/>
        <source>A chart query failed: %1</source>
        <translation>En diagramfråga misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../model/ChartQueries.cpp" line="106"/>
        <source>The date range is empty: the first day must not be after the last.</source>
        <translation>Datumintervallet är tomt: första dagen får inte vara efter den sista.</translation>
    </message>
</context>
<context>
    <name>casebench::ActivatePackDialog</name>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="17"/>
        <source>Activate rule pack</source>
        <translation>Aktivera regelpaket</translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="28"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivera</translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="30"/>
        <source>Applies to applications dated &amp;from:</source>
        <translation>Gäller ansökningar daterade &amp;från:</translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="56"/>
        <source>further notice</source>
        <translation>vidare</translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="57"/>
        <source>%1 version %2 will decide every %3 application dated from %4 until %5. Proposals already made are not changed. The activation is recorded in the audit trail.</source>
        <translation>%1 version %2 kommer att avgöra varje ansökan av typen %3 som är daterad från %4 tills %5. Förslag som redan tagits fram ändras inte. Aktiveringen registreras i revisionsloggen.</translation>
    </message>
</context>
<context>
    <name>casebench::AdministrationView</name>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="64"/>
        <source>Import &amp;folder…</source>
        <translation>Importera &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="65"/>
        <source>Import .&amp;zip…</source>
        <translation>Importera .&amp;zip…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="66"/>
        <source>&amp;Edit…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="67"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="68"/>
        <source>&amp;Compare with previous</source>
        <translation>&amp;Jämför med föregående</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="69"/>
        <source>&amp;What-if…</source>
        <translation>&amp;Konsekvensanalys…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="70"/>
        <source>&amp;Activate…</source>
        <translation>Ak&amp;tivera…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="71"/>
        <source>&amp;Retire…</source>
        <translation>Avve&amp;ckla…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="83"/>
        <source>&amp;Save as new draft</source>
        <translation>&amp;Spara som nytt utkast</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="84"/>
        <source>Export &amp;DMN…</source>
        <translation>Exportera &amp;DMN…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="85"/>
        <source>What-if of this dra&amp;ft</source>
        <translation>&amp;Konsekvensanalys av utkastet</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="86"/>
        <source>Compare with &amp;original</source>
        <translation>Jämför med &amp;originalet</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="96"/>
        <source>Rule packs</source>
        <translation>Regelpaket</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="97"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="98"/>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="99"/>
        <source>What-if</source>
        <translation>Konsekvensanalys</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="100"/>
        <source>Case types</source>
        <translation>Ärendetyper</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="181"/>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="216"/>
        <source>Import rule pack folder</source>
        <translation>Importera regelpaketsmapp</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="224"/>
        <source>Import rule pack archive</source>
        <translation>Importera regelpaketsarkiv</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="225"/>
        <source>Rule pack archives (*.zip)</source>
        <translation>Regelpaketsarkiv (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AdministrationView.cpp" line="235"/>
        <source>Not imported: %n problem(s) found; nothing was stored.</source>
        <translation>
            <numerusform>Importerades inte: %n problem hittades; inget sparades.</numerusform>
            <numerusform>Importerades inte: %n problem hittades; inget sparades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="239"/>
        <source>Imported %1 as a draft.</source>
        <translation>%1 importerades som utkast.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="251"/>
        <source>The pack could not be read.</source>
        <translation>Paketet kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="256"/>
        <source>The pack could not be opened for editing.</source>
        <translation>Paketet kunde inte öppnas för redigering.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="261"/>
        <source>Editing %1; saving makes a new draft version.</source>
        <translation>Redigerar %1; när du sparar skapas en ny utkastversion.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="279"/>
        <location filename="../ui/admin/AdministrationView.cpp" line="370"/>
        <location filename="../ui/admin/AdministrationView.cpp" line="415"/>
        <source>The draft could not be written.</source>
        <translation>Utkastet kunde inte skrivas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AdministrationView.cpp" line="285"/>
        <source>Version %1 was not stored: %n problem(s) found. Correct the tables or the pack&apos;s examples.</source>
        <translation>
            <numerusform>Version %1 sparades inte: %n problem hittades. Rätta tabellerna eller paketets exempel.</numerusform>
            <numerusform>Version %1 sparades inte: %n problem hittades. Rätta tabellerna eller paketets exempel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="291"/>
        <source>Saved %1 as a draft.</source>
        <translation>%1 sparades som utkast.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="301"/>
        <source>Export DMN into folder</source>
        <translation>Exportera DMN till mapp</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="318"/>
        <source>The DMN was not exported.</source>
        <translation>DMN exporterades inte.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="321"/>
        <location filename="../ui/admin/AdministrationView.cpp" line="345"/>
        <source>Exported to %1.</source>
        <translation>Exporterat till %1.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="332"/>
        <source>Export rule pack into folder</source>
        <translation>Exportera regelpaket till mapp</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="342"/>
        <source>The pack was not exported.</source>
        <translation>Paketet exporterades inte.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="354"/>
        <source>The pack could not be loaded.</source>
        <translation>Paketet kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="375"/>
        <source>The draft does not load.</source>
        <translation>Utkastet går inte att läsa in.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="378"/>
        <source>%1 version %2 (unsaved edit)</source>
        <translation>%1 version %2 (osparad ändring)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="395"/>
        <source>%1 is the first stored version of the pack.</source>
        <translation>%1 är paketets första sparade version.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="419"/>
        <source>%1 (unsaved edit)</source>
        <translation>%1 (osparad ändring)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="438"/>
        <source>Not activated.</source>
        <translation>Inte aktiverat.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="442"/>
        <source>%1 is active for applications dated from %2.</source>
        <translation>%1 är aktivt för ansökningar daterade från %2.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="455"/>
        <source>Retire rule pack</source>
        <translation>Avveckla regelpaket</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="456"/>
        <source>Retire %1? From today, %2, it decides no %3 application; proposals already made keep naming it. The retirement is recorded in the audit trail.</source>
        <translation>Avveckla %1? Från och med i dag, %2, avgör det ingen ansökan av typen %3; förslag som redan tagits fram hänvisar fortfarande till det. Avvecklingen registreras i revisionsloggen.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="468"/>
        <source>Not retired.</source>
        <translation>Inte avvecklat.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="471"/>
        <source>%1 is retired.</source>
        <translation>%1 är avvecklat.</translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationContext</name>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="78"/>
        <source>a number with a fraction or beyond 2^53; write it as a decimal string</source>
        <translation>ett tal med decimaler eller större än 2^53; skriv det som en decimalsträng</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="89"/>
        <source>not a date and time</source>
        <translation>inte ett datum och klockslag</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="100"/>
        <source>not a decimal number</source>
        <translation>inte ett decimaltal</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="106"/>
        <source>not a date</source>
        <translation>inte ett datum</translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationReader</name>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="336"/>
        <source>is a folder, not an application file</source>
        <translation>är en mapp, inte en ansökningsfil</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="340"/>
        <location filename="../model/ApplicationReader.cpp" line="357"/>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="346"/>
        <location filename="../model/ApplicationReader.cpp" line="352"/>
        <location filename="../model/ApplicationReader.cpp" line="368"/>
        <source>is larger than %1 MB; an application is a few kilobytes</source>
        <translation>är större än %1 MB; en ansökan är några kilobyte</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="382"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON-syntaxfel på rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="390"/>
        <source>must hold one JSON object (an application), not %1</source>
        <translation>måste innehålla ett JSON-objekt (en ansökan), inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="391"/>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="391"/>
        <source>a bare value</source>
        <translation>ett enkelt värde</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="404"/>
        <source>&quot;%1&quot; is not a format this version reads; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; är inte ett format som den här versionen kan läsa; förväntade &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="411"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="414"/>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="417"/>
        <source>may hold only letters A-Z a-z, digits and - / . _</source>
        <translation>får bara innehålla bokstäverna A-Z a-z, siffror och - / . _</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="429"/>
        <source>unknown case type &quot;%1&quot;; known: %2</source>
        <translation>okänd ärendetyp &quot;%1&quot;; kända: %2</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="448"/>
        <source>needs a time zone offset (&quot;Z&quot; or &quot;+01:00&quot;), e.g. 2026-11-02T09:15:00+01:00</source>
        <translation>behöver en tidszonsförskjutning (&quot;Z&quot; eller &quot;+01:00&quot;), t.ex. 2026-11-02T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="450"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with offset, e.g. 2026-11-02T09:15:00+01:00</source>
        <translation>&quot;%1&quot; är inte en tidpunkt enligt ISO 8601 med tidszonsförskjutning, t.ex. 2026-11-02T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="455"/>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation>&quot;%1&quot; är inte ett giltigt datum och klockslag</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="459"/>
        <source>the offset lies outside -14:00…+14:00, the range of real time zones</source>
        <translation>förskjutningen ligger utanför -14:00…+14:00, intervallet för verkliga tidszoner</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="481"/>
        <source>lies before the date the application was received</source>
        <translation>ligger före datumet då ansökan inkom</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="494"/>
        <location filename="../model/ApplicationReader.cpp" line="539"/>
        <location filename="../model/ApplicationReader.cpp" line="558"/>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="505"/>
        <source>must be an array of persons, not %1</source>
        <translation>måste vara en array av personer, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="523"/>
        <source>is the same personnummer as %1</source>
        <translation>är samma personnummer som %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="529"/>
        <source>an applicant has at most one partner in the household</source>
        <translation>en sökande har högst en make/maka/sambo i hushållet</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="543"/>
        <source>must be an array of attachments, not %1</source>
        <translation>måste vara en array av bilagor, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="567"/>
        <source>must be an object, not %1</source>
        <translation>måste vara ett objekt, inte %1</translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationSchema</name>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="666"/>
        <source>not a JSON object: %1</source>
        <translation>inte ett JSON-objekt: %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="671"/>
        <source>must be &quot;casebench.casetype/1&quot;</source>
        <translation>måste vara &quot;casebench.casetype/1&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="677"/>
        <source>must be a lower-case case type code</source>
        <translation>måste vara en ärendetypkod med gemener</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="692"/>
        <source>&quot;%1&quot; comes before its parent object or array &quot;%2&quot;</source>
        <translation>&quot;%1&quot; står före det överordnade objektet eller arrayen &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="698"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; finns med två gånger</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="713"/>
        <source>&quot;not_before&quot; names &quot;%1&quot;, which is not a date field</source>
        <translation>&quot;not_before&quot; anger &quot;%1&quot;, som inte är ett datumfält</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="729"/>
        <source>a person field is a plain value and not one of the envelope&apos;s</source>
        <translation>ett personfält måste vara ett enkelt värde och får inte vara något av grundfälten (personnummer, name, relation, birth_date)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="748"/>
        <source>&quot;%1&quot; is not an optional top-level details field</source>
        <translation>&quot;%1&quot; är inte ett valfritt detaljfält på översta nivån</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="755"/>
        <source>a constraint is {&quot;one_of&quot;: [[fields…], [fields…], …]}</source>
        <translation>ett villkor skrivs {&quot;one_of&quot;: [[fält…], [fält…], …]}</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="774"/>
        <source>an attachment type needs a code and Swedish and English labels</source>
        <translation>en bilagetyp behöver en kod och etiketter på svenska och engelska</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="777"/>
        <source>names &quot;%1&quot;, which is not a details field</source>
        <translation>anger &quot;%1&quot;, som inte är ett detaljfält</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="779"/>
        <source>with &quot;exact&quot;: true every attachment type is required</source>
        <translation>med &quot;exact&quot;: true är varje bilagetyp obligatorisk</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="884"/>
        <source>required together with %1</source>
        <translation>obligatoriskt tillsammans med %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="890"/>
        <source>give exactly one of: %1</source>
        <translation>ange exakt ett av: %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="926"/>
        <source>unknown attachment type &quot;%1&quot; for %2; known: %3</source>
        <translation>okänd bilagetyp &quot;%1&quot; för %2; kända: %3</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="933"/>
        <source>attachment type &quot;%1&quot; is listed twice</source>
        <translation>bilagetypen &quot;%1&quot; finns med två gånger</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="937"/>
        <source>lists %1 attachments; %2 needs exactly %3: %4</source>
        <translation>anger %1 bilagor; %2 kräver exakt %3: %4</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="957"/>
        <source>attachment &quot;%1&quot; must be listed (with &quot;present&quot;: false if it is missing)</source>
        <translation>bilagan &quot;%1&quot; måste anges (med &quot;present&quot;: false om den saknas)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="959"/>
        <source>attachment &quot;%1&quot; must be listed because %2 is &quot;%3&quot; (with &quot;present&quot;: false if it is missing)</source>
        <translation>bilagan &quot;%1&quot; måste anges eftersom %2 är &quot;%3&quot; (med &quot;present&quot;: false om den saknas)</translation>
    </message>
</context>
<context>
    <name>casebench::AuditEventCode</name>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="26"/>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="28"/>
        <source>Proposed by the automation</source>
        <translation>Förslag från automatiseringen</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="30"/>
        <source>Automation failed</source>
        <translation>Automatiseringen misslyckades</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="32"/>
        <source>Viewed</source>
        <translation>Visat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="34"/>
        <source>Review started</source>
        <translation>Granskning påbörjad</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="36"/>
        <source>Confirmed</source>
        <translation>Bekräftat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="38"/>
        <source>Overridden</source>
        <translation>Avvikande beslut</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="40"/>
        <source>Returned for completion</source>
        <translation>Åter för komplettering</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="42"/>
        <source>Reopened</source>
        <translation>Återöppnat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="44"/>
        <source>Letter produced</source>
        <translation>Brev upprättat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="46"/>
        <source>Rule pack imported</source>
        <translation>Regelpaket importerat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="48"/>
        <source>Rule pack activated</source>
        <translation>Regelpaket aktiverat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="50"/>
        <source>Rule pack retired</source>
        <translation>Regelpaket avvecklat</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="52"/>
        <source>Settings changed</source>
        <translation>Inställningar ändrade</translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="54"/>
        <source>User added</source>
        <translation>Användare tillagd</translation>
    </message>
</context>
<context>
    <name>casebench::AuditTrail</name>
    <message>
        <location filename="../model/AuditTrail.cpp" line="92"/>
        <source>An audit event needs the acting user</source>
        <translation>En revisionshändelse behöver den användare som utförde den</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="94"/>
        <source>An audit event needs its event code</source>
        <translation>En revisionshändelse behöver sin händelsekod</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="113"/>
        <source>Could not read the audit trail: %1</source>
        <translation>Kunde inte läsa revisionsloggen: %1</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="154"/>
        <location filename="../model/AuditTrail.cpp" line="157"/>
        <source>Could not record the audit event: %1</source>
        <translation>Kunde inte registrera revisionshändelsen: %1</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="170"/>
        <source>The audit trail could not be read: %1</source>
        <translation>Revisionsloggen kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="180"/>
        <source>event %1 is missing (the next stored event is %2)</source>
        <translation>händelse %1 saknas (nästa sparade händelse är %2)</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="188"/>
        <source>event %1 does not link to the event before it (prev_hash differs)</source>
        <translation>händelse %1 länkar inte till händelsen före den (prev_hash skiljer sig)</translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="199"/>
        <source>event %1 was changed after it was recorded (its hash does not match its fields)</source>
        <translation>händelse %1 ändrades efter att den registrerades (dess hash stämmer inte med fälten)</translation>
    </message>
</context>
<context>
    <name>casebench::AutomationErrorRepository</name>
    <message>
        <location filename="../model/AutomationErrorRepository.cpp" line="33"/>
        <source>Could not record the automation error of case %1: %2</source>
        <translation>Kunde inte registrera automatiseringsfelet för ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/AutomationErrorRepository.cpp" line="40"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
    </message>
</context>
<context>
    <name>casebench::BreakdownModel</name>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="57"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="59"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="61"/>
        <source>Income (deducted)</source>
        <translation>Inkomst (avräknas)</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="81"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="83"/>
        <source>nothing to pay</source>
        <translation>inget att betala ut</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="111"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="113"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="115"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="117"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="119"/>
        <source>Legal ground</source>
        <translation>Lagrum</translation>
    </message>
</context>
<context>
    <name>casebench::CacheDatabase</name>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="67"/>
        <location filename="../model/CacheDatabase.cpp" line="161"/>
        <source>The passphrase must not be empty.</source>
        <translation>Lösenfrasen får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="72"/>
        <source>There is no cache at %1.</source>
        <translation>Det finns ingen cache på %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="74"/>
        <source>A file already exists at %1.</source>
        <translation>Det finns redan en fil på %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="76"/>
        <source>%1 is a folder, not a cache file.</source>
        <translation>%1 är en mapp, inte en cachefil.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="79"/>
        <source>%1 is an unencrypted SQLite file; casebench keeps personal data only in encrypted caches.</source>
        <translation>%1 är en okrypterad SQLite-fil; casebench sparar personuppgifter bara i krypterade cacher.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="84"/>
        <source>Could not create the folder %1.</source>
        <translation>Kunde inte skapa mappen %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="99"/>
        <source>Wrong passphrase or not a casebench cache: %1</source>
        <translation>Fel lösenfras eller inte en casebench-cache: %1</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="101"/>
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="108"/>
        <source>SQLCipher 4 or newer is required; this build links %1.</source>
        <translation>SQLCipher 4 eller senare krävs; det här bygget använder %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="109"/>
        <source>no SQLCipher</source>
        <translation>ingen SQLCipher</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="114"/>
        <source>Could not prepare the cache: %1</source>
        <translation>Kunde inte förbereda cachen: %1</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="124"/>
        <source>Could not record the creator of %1 as its administrator: %2</source>
        <translation>Kunde inte registrera den som skapade %1 som dess administratör: %2</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="131"/>
        <source>%1 was written unencrypted; refusing to use it.</source>
        <translation>%1 skrevs okrypterad och kommer inte att användas.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="166"/>
        <source>Could not change the passphrase of %1: %2</source>
        <translation>Kunde inte byta lösenfras för %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="167"/>
        <source>not open</source>
        <translation>inte öppen</translation>
    </message>
</context>
<context>
    <name>casebench::CaseDecisions</name>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="192"/>
        <source>Case %1 has no proposal to confirm; decide it with an override</source>
        <translation>Ärende %1 har inget förslag att bekräfta; fatta ett avvikande beslut</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="197"/>
        <source>The proposal of case %1 is &quot;%2&quot;, not a decision; return the case for completion or decide it with an override</source>
        <translation>Förslaget i ärende %1 är &quot;%2&quot;, inte ett beslut; begär komplettering eller fatta ett avvikande beslut</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="222"/>
        <source>The outcome must be one of %1, not &quot;%2&quot;</source>
        <translation>Utfallet måste vara något av %1, inte &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="226"/>
        <source>The amount must not be negative</source>
        <translation>Beloppet får inte vara negativt</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="228"/>
        <source>A refusal (avslag) pays no amount</source>
        <translation>Ett avslag ger inget belopp</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="230"/>
        <source>The justification must be at least %1 characters (it has %2)</source>
        <translation>Motiveringen måste vara minst %1 tecken (den har %2)</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="235"/>
        <source>The override is the same as the proposal; confirm the proposal instead</source>
        <translation>Det avvikande beslutet är samma som förslaget; bekräfta förslaget i stället</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="258"/>
        <source>Name at least one thing the applicant must send in</source>
        <translation>Ange minst en sak som sökanden måste skicka in</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="270"/>
        <source>Only an active user of this cache can decide cases</source>
        <translation>Bara en aktiv användare i den här cachen kan besluta i ärenden</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="274"/>
        <location filename="../model/CaseDecisions.cpp" line="373"/>
        <location filename="../model/CaseDecisions.cpp" line="417"/>
        <source>Could not start a transaction: %1</source>
        <translation>Kunde inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="282"/>
        <source>Case %1 has not been through the automation yet; run it first</source>
        <translation>Ärende %1 har inte körts genom automatiseringen än; kör det först</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="321"/>
        <location filename="../model/CaseDecisions.cpp" line="358"/>
        <source>Could not record the decision on case %1: %2</source>
        <translation>Kunde inte registrera beslutet i ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="366"/>
        <source>Only an active user of this cache can reopen cases</source>
        <translation>Bara en aktiv användare i den här cachen kan återöppna ärenden</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="370"/>
        <source>Say why the case is reopened</source>
        <translation>Ange varför ärendet återöppnas</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="379"/>
        <source>Case %1 is not decided or returned; there is nothing to reopen</source>
        <translation>Ärende %1 är inte beslutat eller återsänt; det finns inget att återöppna</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="390"/>
        <location filename="../model/CaseDecisions.cpp" line="407"/>
        <source>Could not reopen case %1: %2</source>
        <translation>Kunde inte återöppna ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="414"/>
        <source>Only a user of this cache can open cases</source>
        <translation>Bara en användare i den här cachen kan öppna ärenden</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="434"/>
        <source>Could not record the review of case %1: %2</source>
        <translation>Kunde inte registrera granskningen av ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="440"/>
        <source>Could not record that case %1 was viewed: %2</source>
        <translation>Kunde inte registrera att ärende %1 visades: %2</translation>
    </message>
</context>
<context>
    <name>casebench::CaseDetailsPanel</name>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="110"/>
        <location filename="../ui/CaseDetailsPanel.cpp" line="143"/>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="112"/>
        <source>Partner</source>
        <translation>Make/maka/sambo</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="114"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="116"/>
        <source>Other adult</source>
        <translation>Annan vuxen</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="123"/>
        <source>Decision due</source>
        <translation>Beslut senast</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="125"/>
        <source>Completion due from the applicant</source>
        <translation>Komplettering från sökande senast</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="131"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="132"/>
        <source>Close the case details (Esc)</source>
        <translation>Stäng ärendeinformationen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="134"/>
        <source>No case selected</source>
        <translation>Inget ärende valt</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="139"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="144"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="145"/>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="147"/>
        <source>Application for</source>
        <translation>Ansökan avser</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="148"/>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseDetailsPanel.cpp" line="148"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="153"/>
        <source>Others in the household</source>
        <translation>Övriga i hushållet</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="162"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="164"/>
        <source>None listed.</source>
        <translation>Inga angivna.</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="168"/>
        <source>present</source>
        <translation>finns</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="168"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="177"/>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="179"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="192"/>
        <source>Application as received</source>
        <translation>Ansökan som den inkom</translation>
    </message>
</context>
<context>
    <name>casebench::CaseHistoryModel</name>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="74"/>
        <source>Hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="87"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="89"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="91"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="93"/>
        <source>Rule pack</source>
        <translation>Regelpaket</translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="95"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>casebench::CaseLetters</name>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="70"/>
        <source>The rule pack %1 %2 that made the proposal is not installed, so its letter template is not at hand</source>
        <translation>Regelpaketet %1 %2 som tog fram förslaget är inte installerat, så dess brevmall finns inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="77"/>
        <source>No rule packs are loaded</source>
        <translation>Inga regelpaket är inlästa</translation>
    </message>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="85"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
    </message>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="88"/>
        <source>The decision&apos;s outcome &quot;%1&quot; is unknown</source>
        <translation>Beslutets utfall &quot;%1&quot; är okänt</translation>
    </message>
</context>
<context>
    <name>casebench::CaseRepository</name>
    <message>
        <location filename="../model/CaseRepository.cpp" line="97"/>
        <source>Could not store case %1</source>
        <translation>Kunde inte spara ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="115"/>
        <source>Could not store the household of case %1</source>
        <translation>Kunde inte spara hushållet för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="130"/>
        <source>Could not store the attachments of case %1</source>
        <translation>Kunde inte spara bilagorna för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="142"/>
        <source>Could not store the deadlines of case %1</source>
        <translation>Kunde inte spara fristerna för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="241"/>
        <source>Could not change the status of case %1</source>
        <translation>Kunde inte ändra status för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="243"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
    </message>
</context>
<context>
    <name>casebench::CaseTypeSettings</name>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="73"/>
        <source>deadline days must be from 1 to %1, not %2</source>
        <translation>fristdagar måste vara från 1 till %1, inte %2</translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="85"/>
        <source>the spot-check rate must be from 0 to %1 per mille, not %2</source>
        <translation>stickprovsandelen måste vara från 0 till %1 promille, inte %2</translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="102"/>
        <source>cannot start a transaction: %1</source>
        <translation>kan inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="108"/>
        <source>cannot read the case type: %1</source>
        <translation>kan inte läsa ärendetypen: %1</translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="110"/>
        <source>unknown case type &quot;%1&quot;</source>
        <translation>okänd ärendetyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="122"/>
        <location filename="../model/CaseTypeSettings.cpp" line="133"/>
        <source>cannot change the setting: %1</source>
        <translation>kan inte ändra inställningen: %1</translation>
    </message>
</context>
<context>
    <name>casebench::CaseTypeSettingsView</name>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="18"/>
        <source>Case type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="18"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="18"/>
        <source>Deadline (days)</source>
        <translation>Frist (dagar)</translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="19"/>
        <source>Spot check (‰, empty = the pack&apos;s rate)</source>
        <translation>Stickprov (‰, tomt = paketets andel)</translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="63"/>
        <source>Write a whole number.</source>
        <translation>Skriv ett heltal.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="70"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>casebench::CaseView</name>
    <message>
        <location filename="../ui/CaseView.cpp" line="281"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="283"/>
        <source>Confirm proposal</source>
        <translation>Bekräfta förslaget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="284"/>
        <source>Override…</source>
        <translation>Avvikande beslut…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="285"/>
        <source>Return for completion…</source>
        <translation>Begär komplettering…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="286"/>
        <source>Reopen…</source>
        <translation>Återöppna…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="287"/>
        <source>Why?</source>
        <translation>Varför?</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="288"/>
        <source>Letter…</source>
        <translation>Brev…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="289"/>
        <source>Next case</source>
        <translation>Nästa ärende</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="290"/>
        <source>Previous case</source>
        <translation>Föregående ärende</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="291"/>
        <location filename="../ui/CaseView.cpp" line="307"/>
        <source>Back to the inbox</source>
        <translation>Tillbaka till inkorgen</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="292"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekräfta</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="293"/>
        <source>Record the decision as proposed</source>
        <translation>Registrera beslutet enligt förslaget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="294"/>
        <source>&amp;Override…</source>
        <translation>Avvi&amp;kande beslut…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="296"/>
        <source>Decide another outcome or amount, with a justification</source>
        <translation>Besluta om ett annat utfall eller belopp, med motivering</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="297"/>
        <source>Return for co&amp;mpletion…</source>
        <translation>Begär k&amp;omplettering…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="299"/>
        <source>Ask the applicant for what is missing</source>
        <translation>Be sökanden om det som saknas</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="300"/>
        <source>R&amp;eopen…</source>
        <translation>Åter&amp;öppna…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="302"/>
        <source>Reopen a decided case (the reason is recorded)</source>
        <translation>Återöppna ett beslutat ärende (skälet registreras)</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="303"/>
        <source>Le&amp;tter…</source>
        <translation>Br&amp;ev…</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="305"/>
        <source>Show the letter of the decision, export it as PDF or print it</source>
        <translation>Visa beslutsbrevet, exportera det som PDF eller skriv ut det</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="306"/>
        <source>Back to inbox</source>
        <translation>Tillbaka till inkorgen</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="308"/>
        <source>Show how the rules reached the proposal</source>
        <translation>Visa hur reglerna kom fram till förslaget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="309"/>
        <source>Next case in the inbox</source>
        <translation>Nästa ärende i inkorgen</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="310"/>
        <source>Previous case in the inbox</source>
        <translation>Föregående ärende i inkorgen</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="311"/>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="312"/>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="313"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="314"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="315"/>
        <source>&lt;b&gt;Completeness and triage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fullständighet och sortering&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="316"/>
        <source>&lt;b&gt;Reasons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Skäl&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="317"/>
        <source>&lt;b&gt;Amount breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beloppsberäkning&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="318"/>
        <source>Why? — the decisions evaluated, in order</source>
        <translation>Varför? — de beslut som utvärderades, i ordning</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="319"/>
        <source>Spot check</source>
        <translation>Stickprov</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="320"/>
        <source>This case was sampled for a second review of its decision.</source>
        <translation>Ärendet valdes ut i ett stickprov för en andra granskning av beslutet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="359"/>
        <source>Letter filed on %1.</source>
        <translation>Brevet sparades i ärendet den %1.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="363"/>
        <location filename="../ui/CaseView.cpp" line="645"/>
        <source>No letter was filed: %1</source>
        <translation>Inget brev sparades: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="365"/>
        <source>No letter is filed with this decision.</source>
        <translation>Inget brev har sparats med det här beslutet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="367"/>
        <location filename="../ui/CaseView.cpp" line="522"/>
        <source>%L1 kr</source>
        <translation>%L1 kr</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="367"/>
        <source>no amount</source>
        <translation>inget belopp</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="371"/>
        <source>Confirmed as proposed</source>
        <translation>Bekräftat enligt förslaget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="374"/>
        <source>Overridden</source>
        <translation>Avvikande beslut</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="377"/>
        <source>Returned for completion</source>
        <translation>Åter för komplettering</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="381"/>
        <source>%1: %2, %3 — by %4 on %5</source>
        <translation>%1: %2, %3 — av %4 den %5</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="418"/>
        <source>No case</source>
        <translation>Inget ärende</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="424"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="428"/>
        <source>&lt;b&gt;Decided — read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beslutat — skrivskyddat.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="431"/>
        <source>&lt;b&gt;Returned for completion — read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Åter för komplettering — skrivskyddat.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="440"/>
        <source>&lt;b&gt;Needs manual handling.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kräver manuell handläggning.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="441"/>
        <source>&lt;b&gt;Needs manual handling — the automation could not evaluate this case:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kräver manuell handläggning — automatiseringen kunde inte utvärdera ärendet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="453"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="453"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="453"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseView.cpp" line="484"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="495"/>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="495"/>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="495"/>
        <location filename="../ui/CaseView.cpp" line="496"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="496"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="496"/>
        <source>Legal ground</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="508"/>
        <source>No proposal yet: run the automation on the inbox.</source>
        <translation>Inget förslag ännu: kör automatiseringen på inkorgen.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="509"/>
        <source>No proposal for this case.</source>
        <translation>Inget förslag för det här ärendet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="518"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="520"/>
        <source>&lt;b&gt;Proposed decision:&lt;/b&gt; %1 · &lt;b&gt;Amount:&lt;/b&gt; %2 · &lt;b&gt;Period:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Förslag till beslut:&lt;/b&gt; %1 · &lt;b&gt;Belopp:&lt;/b&gt; %2 · &lt;b&gt;Period:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="522"/>
        <location filename="../ui/CaseView.cpp" line="523"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="526"/>
        <source>Missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="529"/>
        <source>Manual handling: %1</source>
        <translation>Manuell handläggning: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="532"/>
        <source>Complete; no reason for manual handling</source>
        <translation>Fullständigt; inget skäl för manuell handläggning</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="540"/>
        <source>Rule pack %1, version %2&lt;br&gt;&lt;small&gt;SHA-256 %3&lt;/small&gt;</source>
        <translation>Regelpaket %1, version %2&lt;br&gt;&lt;small&gt;SHA-256 %3&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="573"/>
        <source>%1 confirmed as proposed.</source>
        <translation>%1 bekräftat enligt förslaget.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="597"/>
        <source>%1 decided: %2.</source>
        <translation>%1 beslutat: %2.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="617"/>
        <source>%1 returned to the applicant for completion.</source>
        <translation>%1 återsänt till sökanden för komplettering.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="635"/>
        <source>%1 reopened.</source>
        <translation>%1 återöppnat.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="676"/>
        <source>No letter</source>
        <translation>Inget brev</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="677"/>
        <source>There is no letter for this decision: %1</source>
        <translation>Det finns inget brev för det här beslutet: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="692"/>
        <source>The decision was not saved</source>
        <translation>Beslutet sparades inte</translation>
    </message>
</context>
<context>
    <name>casebench::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="77"/>
        <source>The current passphrase is wrong.</source>
        <translation>Den nuvarande lösenfrasen är fel.</translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="101"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="102"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="103"/>
        <source>&amp;Change</source>
        <translation>&amp;Byt</translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="104"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>casebench::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="22"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="23"/>
        <source>Save this chart as a PNG image</source>
        <translation>Spara diagrammet som PNG-bild</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="26"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="27"/>
        <source>Save the numbers behind this chart as CSV</source>
        <translation>Spara siffrorna bakom diagrammet som CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="68"/>
        <source>Save chart as PNG</source>
        <translation>Spara diagram som PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="69"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="71"/>
        <location filename="../ui/charts/ChartPanel.cpp" line="80"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="71"/>
        <location filename="../ui/charts/ChartPanel.cpp" line="80"/>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="77"/>
        <source>Save chart data as CSV</source>
        <translation>Spara diagramdata som CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>casebench::ChartRuleModel</name>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="70"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="72"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="74"/>
        <source>Decided</source>
        <translation>Beslutade</translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="76"/>
        <source>Overridden</source>
        <translation>Avvikande</translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="78"/>
        <source>Override rate</source>
        <translation>Andel avvikande beslut</translation>
    </message>
</context>
<context>
    <name>casebench::ChartsView</name>
    <message>
        <location filename="../ui/ChartsView.cpp" line="48"/>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="169"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="170"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="171"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="188"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="198"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="199"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="200"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="201"/>
        <source>Case &amp;type:</source>
        <translation>Ärendet&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="202"/>
        <source>Rule &amp;pack:</source>
        <translation>Regelpa&amp;ket:</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="203"/>
        <source>Case&amp;worker:</source>
        <translation>Hand&amp;läggare:</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="209"/>
        <source>Cases decided</source>
        <translation>Beslutade ärenden</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="209"/>
        <source>Handled without change</source>
        <translation>Handlagda utan ändring</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="210"/>
        <source>Median lead time</source>
        <translation>Median för handläggningstid</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="210"/>
        <source>Override rate</source>
        <translation>Andel avvikande beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="210"/>
        <source>Past deadline</source>
        <translation>Efter fristen</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="255"/>
        <source>Double-click a rule to list the cases where it was overridden</source>
        <translation>Dubbelklicka på en regel för att lista ärendena där den fick ett avvikande beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="265"/>
        <source>List cases past deadline…</source>
        <translation>Lista ärenden efter fristen…</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="281"/>
        <source>Throughput: received, decided, open queue</source>
        <translation>Flöde: inkomna, beslutade, öppen kö</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="286"/>
        <source>Automation share</source>
        <translation>Automatiseringsgrad</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="290"/>
        <source>Override rate, spot-check failures, automation errors</source>
        <translation>Andel avvikande beslut, underkända stickprov, automatiseringsfel</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="295"/>
        <source>Lead time from receipt to decision</source>
        <translation>Handläggningstid från inkomst till beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="299"/>
        <source>Most overridden rules</source>
        <translation>Regler med flest avvikande beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="303"/>
        <source>Cases past deadline</source>
        <translation>Ärenden efter fristen</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="361"/>
        <source>All case types</source>
        <translation>Alla ärendetyper</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="362"/>
        <source>All rule packs</source>
        <translation>Alla regelpaket</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="363"/>
        <source>All caseworkers</source>
        <translation>Alla handläggare</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartsView.cpp" line="442"/>
        <source>%n period(s); figures computed in %1 ms, drawn in %2 ms</source>
        <translation>
            <numerusform>%n period; siffrorna beräknades på %1 ms, ritades på %2 ms</numerusform>
            <numerusform>%n perioder; siffrorna beräknades på %1 ms, ritades på %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="466"/>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;decided after their deadline in the range&lt;br&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;open and past their deadline today</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;beslutades efter fristen i intervallet&lt;br&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;är öppna och har passerat fristen i dag</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="477"/>
        <source>Received</source>
        <translation>Inkomna</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="478"/>
        <source>Decided</source>
        <translation>Beslutade</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="494"/>
        <source>Open queue</source>
        <translation>Öppen kö</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="499"/>
        <location filename="../ui/ChartsView.cpp" line="573"/>
        <location filename="../ui/ChartsView.cpp" line="628"/>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="511"/>
        <source>Confirmed unchanged</source>
        <translation>Bekräftade oförändrade</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="512"/>
        <source>Overridden</source>
        <translation>Avvikande beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="513"/>
        <source>Returned</source>
        <translation>Återsända</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="514"/>
        <source>Manual handling</source>
        <translation>Manuell handläggning</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="534"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="544"/>
        <source>Spot-check failures</source>
        <translation>Underkända stickprov</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="545"/>
        <source>Automation errors</source>
        <translation>Automatiseringsfel</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="557"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="560"/>
        <source>no decided proposals</source>
        <translation>inga beslutade förslag</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="568"/>
        <source>Override rate (%)</source>
        <translation>Andel avvikande beslut (%)</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="575"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="587"/>
        <source>Decided past deadline</source>
        <translation>Beslutade efter fristen</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="604"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="605"/>
        <source>90th percentile</source>
        <translation>90:e percentilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartsView.cpp" line="616"/>
        <source>Deadline (%n day(s))</source>
        <translation>
            <numerusform>Frist (%n dag)</numerusform>
            <numerusform>Frist (%n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="627"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="651"/>
        <source>Cases where %1 (%2) was overridden</source>
        <translation>Ärenden där %1 (%2) fick ett avvikande beslut</translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="665"/>
        <source>Cases past their deadline, most overdue first</source>
        <translation>Ärenden som passerat fristen, mest försenade först</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartsView.cpp" line="678"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench::DecisionLetter</name>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="298"/>
        <source>A manual assessment is not a decision: a caseworker assesses and decides the case, and the letter is produced for that decision.</source>
        <translation>En manuell bedömning är inget beslut: en handläggare bedömer och beslutar i ärendet, och brevet tas fram för det beslutet.</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="327"/>
        <source>The rule pack %1 %2 has no letter template for the outcome %3</source>
        <translation>Regelpaketet %1 %2 har ingen brevmall för utfallet %3</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="336"/>
        <source>The letter has no date</source>
        <translation>Brevet har inget datum</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="338"/>
        <source>The letter has no addressee (the application names no applicant)</source>
        <translation>Brevet har ingen mottagare (ansökan anger ingen sökande)</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="345"/>
        <source>A decision needs its reasons (förvaltningslagen 32 §); there are none</source>
        <translation>Ett beslut behöver sina skäl (förvaltningslagen 32 §); det finns inga</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="351"/>
        <source>A decision needs the legal ground it rests on (förvaltningslagen 32 §); no reason cites one</source>
        <translation>Ett beslut behöver det lagrum det grundas på (förvaltningslagen 32 §); inget skäl hänvisar till något</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="358"/>
        <source>A request for completion must say what is missing; nothing is</source>
        <translation>En begäran om komplettering måste ange vad som saknas; inget anges</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="363"/>
        <source>A request for completion must say by which date to answer</source>
        <translation>En begäran om komplettering måste ange senaste svarsdag</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="375"/>
        <source>the template uses {{%1}}, but the letter has none</source>
        <translation>mallen använder {{%1}}, men brevet har inget sådant värde</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="513"/>
        <source>Writing a PDF needs the graphical application (fonts)</source>
        <translation>För att skriva en PDF krävs det grafiska programmet (typsnitt)</translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="529"/>
        <source>The PDF could not be written</source>
        <translation>PDF-filen kunde inte skrivas</translation>
    </message>
</context>
<context>
    <name>casebench::DecisionTableDraft</name>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="124"/>
        <source>the pack has no pack.json</source>
        <translation>paketet har ingen pack.json</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="290"/>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="378"/>
        <source>no such table</source>
        <translation>tabellen finns inte</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="297"/>
        <source>an input cell cannot be empty: write - to match any value</source>
        <translation>en indatacell får inte vara tom: skriv - för att matcha alla värden</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="302"/>
        <source>not valid FEEL unary tests</source>
        <translation>inte giltiga unära FEEL-tester</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="307"/>
        <source>an output cell cannot be empty: write null for no value</source>
        <translation>en utdatacell får inte vara tom: skriv null för inget värde</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="312"/>
        <source>not a valid FEEL expression</source>
        <translation>inte ett giltigt FEEL-uttryck</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="323"/>
        <source>a constant must be a number, such as 3000 or 12.5</source>
        <translation>en konstant måste vara ett tal, t.ex. 3000 eller 12.5</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="369"/>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="381"/>
        <source>no such rule</source>
        <translation>regeln finns inte</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="395"/>
        <source>no such cell</source>
        <translation>cellen finns inte</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="423"/>
        <source>no such constant</source>
        <translation>konstanten finns inte</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="483"/>
        <source>no version to change</source>
        <translation>ingen version att ändra</translation>
    </message>
</context>
<context>
    <name>casebench::DecisionTableModel</name>
    <message>
        <location filename="../ui/admin/DecisionTableModel.cpp" line="153"/>
        <source>Input: FEEL unary tests, e.g. &lt; 18, [1..5], &quot;a&quot;,&quot;b&quot; or - for any value</source>
        <translation>Indata: unära FEEL-tester, t.ex. &lt; 18, [1..5], &quot;a&quot;,&quot;b&quot; eller - för alla värden</translation>
    </message>
    <message>
        <location filename="../ui/admin/DecisionTableModel.cpp" line="155"/>
        <source>Output: a FEEL expression</source>
        <translation>Utdata: ett FEEL-uttryck</translation>
    </message>
    <message>
        <location filename="../ui/admin/DecisionTableModel.cpp" line="157"/>
        <source>Annotation: free text, e.g. the source of a figure</source>
        <translation>Kommentar: fritext, t.ex. källan till en siffra</translation>
    </message>
</context>
<context>
    <name>casebench::DemoCaseGenerator</name>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="816"/>
        <source>Could not create the folder.</source>
        <translation>Kunde inte skapa mappen.</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="825"/>
        <source>Could not write the file: %1</source>
        <translation>Kunde inte skriva filen: %1</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="843"/>
        <source>Could not start a transaction: %1</source>
        <translation>Kunde inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="849"/>
        <source>Stored %1 demo cases; the next batch failed and was rolled back: %2</source>
        <translation>Demoärenden sparade: %1; nästa omgång misslyckades och rullades tillbaka: %2</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="856"/>
        <source>Stored %1 demo cases; committing the next batch failed: %2</source>
        <translation>Demoärenden sparade: %1; nästa omgång kunde inte slutföras (commit): %2</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="875"/>
        <location filename="../model/DemoCaseGenerator.cpp" line="876"/>
        <location filename="../model/DemoCaseGenerator.cpp" line="877"/>
        <location filename="../model/DemoCaseGenerator.cpp" line="878"/>
        <source>Demo caseworker %1</source>
        <translation>Demohandläggare %1</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="879"/>
        <source>Demo team lead</source>
        <translation>Demogruppledare</translation>
    </message>
</context>
<context>
    <name>casebench::DemoHistoryGenerator</name>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="289"/>
        <source>No rule pack could evaluate the application (demo history)</source>
        <translation>Inget regelpaket kunde utvärdera ansökan (demohistorik)</translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="318"/>
        <source>Demo history: the caseworker assessed it differently.</source>
        <translation>Demohistorik: handläggaren gjorde en annan bedömning.</translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="334"/>
        <source>Demo history: new information.</source>
        <translation>Demohistorik: nya uppgifter.</translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="347"/>
        <location filename="../model/DemoHistoryGenerator.cpp" line="355"/>
        <source>Could not store a demo decision: %1</source>
        <translation>Kunde inte spara ett demobeslut: %1</translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="370"/>
        <source>Could not store the demo history: %1</source>
        <translation>Kunde inte spara demohistoriken: %1</translation>
    </message>
</context>
<context>
    <name>casebench::FeelCellDelegate</name>
    <message>
        <location filename="../ui/admin/FeelCellDelegate.cpp" line="21"/>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
</context>
<context>
    <name>casebench::FileCheck</name>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="114"/>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="118"/>
        <source>must be a string, not %1</source>
        <translation>måste vara en sträng, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="133"/>
        <source>&quot;%1&quot; is not a real date YYYY-MM-DD</source>
        <translation>&quot;%1&quot; är inte ett giltigt datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="147"/>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
</context>
<context>
    <name>casebench::ImportReportDialog</name>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="64"/>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="65"/>
        <source>Import the &amp;valid files</source>
        <translation>Importera de &amp;giltiga filerna</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="66"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="69"/>
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n fil lästes.</numerusform>
            <numerusform>%n filer lästes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="71"/>
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n ärende importerades.</numerusform>
            <numerusform>%n ärenden importerades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="73"/>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="75"/>
        <source>%n case(s) already known, left out.</source>
        <translation>
            <numerusform>%n ärende fanns redan och hoppades över.</numerusform>
            <numerusform>%n ärenden fanns redan och hoppades över.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="77"/>
        <source>%n file(s) with problems.</source>
        <translation>
            <numerusform>%n fil med problem.</numerusform>
            <numerusform>%n filer med problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="79"/>
        <source>A batch with invalid files is not imported; you can import the valid files alone.</source>
        <translation>Filerna importeras inte när någon av dem är ogiltig; du kan välja att importera bara de giltiga filerna.</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="83"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="83"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="83"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="96"/>
        <source>case %1 is already in the cache</source>
        <translation>ärende %1 finns redan i cachen</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="97"/>
        <source>case %1 is also in %2</source>
        <translation>ärende %1 finns även i %2</translation>
    </message>
</context>
<context>
    <name>casebench::Importer</name>
    <message>
        <location filename="../model/Importer.cpp" line="57"/>
        <source>does not exist</source>
        <translation>finns inte</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="66"/>
        <source>is a folder without .json files</source>
        <translation>är en mapp utan .json-filer</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="123"/>
        <source>case type &quot;%1&quot; is not set up in this cache</source>
        <translation>ärendetypen &quot;%1&quot; är inte upplagd i den här cachen</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="157"/>
        <source>could not start a transaction: %1</source>
        <translation>kunde inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="175"/>
        <source>could not be stored, so nothing was imported: %1</source>
        <translation>kunde inte sparas, så inget importerades: %1</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="189"/>
        <source>could not commit the import, so nothing was imported: %1</source>
        <translation>importen kunde inte slutföras (commit), så inget importerades: %1</translation>
    </message>
</context>
<context>
    <name>casebench::InboxAutomation</name>
    <message>
        <location filename="../automation/pipeline/InboxAutomation.cpp" line="80"/>
        <source>Could not start a transaction: %1</source>
        <translation>Kunde inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/InboxAutomation.cpp" line="104"/>
        <source>Could not store the proposals: %1</source>
        <translation>Kunde inte spara förslagen: %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/InboxAutomation.cpp" line="119"/>
        <source>could not be read from the cache</source>
        <translation>kunde inte läsas från cachen</translation>
    </message>
</context>
<context>
    <name>casebench::InboxFilterBar</name>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="105"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="106"/>
        <source>Case t&amp;ype:</source>
        <translation>Ärendet&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="107"/>
        <source>Search case number, applicant or case type (Ctrl+F)</source>
        <translation>Sök diarienummer, sökande eller ärendetyp (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="118"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="124"/>
        <source>Open (not decided)</source>
        <translation>Öppna (ej beslutade)</translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="135"/>
        <source>All case types</source>
        <translation>Alla ärendetyper</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InboxFilterBar.cpp" line="165"/>
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 av %Ln ärende</numerusform>
            <numerusform>%1 av %Ln ärenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench::InboxModel</name>
    <message>
        <location filename="../model/InboxModel.cpp" line="443"/>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="447"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Försenad %n dag</numerusform>
            <numerusform>Försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="449"/>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="451"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Förfaller om %n dag</numerusform>
            <numerusform>Förfaller om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="453"/>
        <source>Decided; the deadline was %1</source>
        <translation>Beslutad; fristen var %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="459"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>%n person i hushållet</numerusform>
            <numerusform>%n personer i hushållet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="462"/>
        <source>All attachments present</source>
        <translation>Alla bilagor finns</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="463"/>
        <source>%n attachment(s) missing</source>
        <translation>
            <numerusform>%n bilaga saknas</numerusform>
            <numerusform>%n bilagor saknas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="512"/>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="514"/>
        <source>Case type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="516"/>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="518"/>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="520"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="522"/>
        <source>Earliest deadline of the case</source>
        <translation>Ärendets tidigaste frist</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="522"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="524"/>
        <source>Number of people in the household</source>
        <translation>Antal personer i hushållet</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="525"/>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="527"/>
        <source>Missing attachments</source>
        <translation>Saknade bilagor</translation>
    </message>
</context>
<context>
    <name>casebench::LetterData</name>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="72"/>
        <source>proposal</source>
        <translation>Förslaget</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="75"/>
        <source>application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="85"/>
        <source>The proposal has no valid outcome</source>
        <translation>Förslaget har inget giltigt utfall</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="94"/>
        <source>The proposal&apos;s period is not two dates</source>
        <translation>Förslagets period är inte två datum</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="115"/>
        <source>The proposal&apos;s breakdown line has no valid kind or amount</source>
        <translation>En rad i förslagets beloppsberäkning saknar giltig typ eller giltigt belopp</translation>
    </message>
</context>
<context>
    <name>casebench::LetterPreviewDialog</name>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="23"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="24"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="35"/>
        <source>Request for completion</source>
        <translation>Begäran om komplettering</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="36"/>
        <source>Decision letter</source>
        <translation>Beslutsbrev</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="37"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="43"/>
        <source>Filed with the case on %1, dated %2. This is the letter as it was produced; Export PDF writes the stored file unchanged.</source>
        <translation>Sparat i ärendet den %1, daterat %2. Det här är brevet som det togs fram; Exportera PDF skriver den sparade filen oförändrad.</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="48"/>
        <source>No letter was filed with this decision. This one is built now from the decision as recorded and is not stored with the case.</source>
        <translation>Inget brev sparades med det här beslutet. Det här brevet tas fram nu utifrån beslutet som det registrerades och sparas inte i ärendet.</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="61"/>
        <source>Save the letter as a PDF file</source>
        <translation>Spara brevet som PDF-fil</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="63"/>
        <source>Print the letter</source>
        <translation>Skriv ut brevet</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="107"/>
        <source>Export the letter as PDF</source>
        <translation>Exportera brevet som PDF</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="126"/>
        <source>The letter was not exported</source>
        <translation>Brevet exporterades inte</translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="127"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>casebench::LetterRepository</name>
    <message>
        <location filename="../model/LetterRepository.cpp" line="31"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
    </message>
    <message>
        <location filename="../model/LetterRepository.cpp" line="47"/>
        <source>Could not store the letter of case %1: %2</source>
        <translation>Kunde inte spara brevet i ärende %1: %2</translation>
    </message>
</context>
<context>
    <name>casebench::LetterTemplate</name>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="80"/>
        <source>cannot read the letter template: %1</source>
        <translation>kan inte läsa brevmallen: %1</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="84"/>
        <source>the letter template is not UTF-8 text</source>
        <translation>brevmallen är inte UTF-8-text</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="113"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line</source>
        <translation>&quot;{{&quot; avslutas inte med &quot;}}&quot; på samma rad</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="119"/>
        <source>&quot;{{%1}}&quot; is not a placeholder name (lower-case letters, digits, &apos;_&apos;, and &apos;.&apos; between the parts of an application path)</source>
        <translation>&quot;{{%1}}&quot; är inte ett platshållarnamn (gemener, siffror, &apos;_&apos; och &apos;.&apos; mellan delarna i en sökväg i ansökan)</translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="125"/>
        <source>unknown placeholder {{%1}}: neither one casebench fills in (%2) nor a single-valued field of the pack&apos;s input_schema (a path, or the last part of exactly one path)</source>
        <translation>okänd platshållare {{%1}}: varken en som casebench fyller i (%2) eller ett envärt fält i paketets input_schema (en sökväg, eller sista delen av exakt en sökväg)</translation>
    </message>
</context>
<context>
    <name>casebench::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>casebench — %1</source>
        <translation>casebench — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Import applications…</source>
        <translation>&amp;Importera ansökningar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Import application files (JSON) into the cache</source>
        <translation>Importera ansökningsfiler (JSON) till cachen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Import a &amp;folder…</source>
        <translation>Importera en &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Import every application file (JSON) in a folder</source>
        <translation>Importera alla ansökningsfiler (JSON) i en mapp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Change &amp;passphrase…</source>
        <translation>Byt lösen&amp;fras…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>Close the cache and ask for the passphrase again</source>
        <translation>Stäng cachen och fråga efter lösenfrasen igen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Search the inbox</source>
        <translation>Sök i inkorgen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>P&amp;references…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Read the inbox from the cache again</source>
        <translation>Läs in inkorgen från cachen igen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Cases</source>
        <translation>&amp;Ärenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>&amp;Open case</source>
        <translation>&amp;Öppna ärende</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Open the current case of the inbox (Enter)</source>
        <translation>Öppna det markerade ärendet i inkorgen (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Run &amp;automation on the inbox…</source>
        <translation>Kör &amp;automatiseringen på inkorgen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Let the rule packs propose a decision for every received case</source>
        <translation>Låt regelpaketen föreslå ett beslut för varje inkommet ärende</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Inkorg</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>&amp;Charts</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>A&amp;dministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Working as %1</source>
        <translation>Arbetar som %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;About casebench</source>
        <translation>&amp;Om casebench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Case %1 is no longer in the cache.</source>
        <translation>Ärende %1 finns inte längre i cachen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>This is the last case in the inbox.</source>
        <translation>Det här är sista ärendet i inkorgen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>This is the first case in the inbox.</source>
        <translation>Det här är första ärendet i inkorgen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>The rule packs could not be loaded, so no case was evaluated:
%1</source>
        <translation>Regelpaketen kunde inte läsas in, så inget ärende utvärderades:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>No rule pack is installed, so no case can be evaluated.</source>
        <translation>Inget regelpaket är installerat, så inget ärende kan utvärderas.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="433"/>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>Run automation</source>
        <translation>Kör automatisering</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="445"/>
        <source>Evaluating the received cases…</source>
        <translation>Utvärderar de inkomna ärendena…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Cancelling after the current batch…</source>
        <translation>Avbryter efter den pågående omgången…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="466"/>
        <source>Evaluating the received cases… %L1 of %L2</source>
        <translation>Utvärderar de inkomna ärendena… %L1 av %L2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>Cancelled. %L1 of %L2 received cases got a proposal.</source>
        <translation>Avbrutet. %L1 av %L2 inkomna ärenden fick ett förslag.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>%L1 of %L2 received cases got a proposal.</source>
        <translation>%L1 av %L2 inkomna ärenden fick ett förslag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>%n case(s) could not be evaluated and need manual handling:</source>
        <translation>
            <numerusform>%n ärende kunde inte utvärderas och kräver manuell handläggning:</numerusform>
            <numerusform>%n ärenden kunde inte utvärderas och kräver manuell handläggning:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Automation: %n proposal(s) stored.</source>
        <translation>
            <numerusform>Automatisering: %n förslag sparat.</numerusform>
            <numerusform>Automatisering: %n förslag sparade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>The automation stopped: %1</source>
        <translation>Automatiseringen avbröts: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>Automation finished</source>
        <translation>Automatiseringen är klar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="528"/>
        <source>Rule packs</source>
        <translation>Regelpaket</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Some rule packs could not be installed; their cases will need manual handling.</source>
        <translation>Några regelpaket kunde inte installeras; deras ärenden kommer att kräva manuell handläggning.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Import a folder of applications</source>
        <translation>Importera en mapp med ansökningar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="575"/>
        <source>Import applications</source>
        <translation>Importera ansökningar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Applications (*.json)</source>
        <translation>Ansökningar (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="596"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="597"/>
        <source>Reading and checking the applications…</source>
        <translation>Läser och kontrollerar ansökningarna…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="621"/>
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n ärende importerades.</numerusform>
            <numerusform>%n ärenden importerades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen har bytts.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="651"/>
        <source>About casebench</source>
        <translation>Om casebench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="652"/>
        <source>&lt;h3&gt;casebench %1&lt;/h3&gt;&lt;p&gt;A workbench for municipal caseworkers: proposals are prepared by rules, decisions are made by people.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;br&gt;Cache schema version %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;casebench %1&lt;/h3&gt;&lt;p&gt;Ett arbetsverktyg för kommunala handläggare: förslag tas fram med regler, beslut fattas av människor.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;br&gt;Cachens schemaversion %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>casebench::ManifestParser</name>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="43"/>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="75"/>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="93"/>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="47"/>
        <source>not a string</source>
        <translation>inte en sträng</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="51"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="63"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="79"/>
        <source>must be an object with &quot;sv&quot; and &quot;en&quot;</source>
        <translation>måste vara ett objekt med &quot;sv&quot; och &quot;en&quot;</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="97"/>
        <source>not a list</source>
        <translation>inte en lista</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="106"/>
        <source>not an object</source>
        <translation>inte ett objekt</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="125"/>
        <source>must be a relative path inside the pack folder, separated by &apos;/&apos;</source>
        <translation>måste vara en relativ sökväg inne i paketmappen, med &apos;/&apos; som avgränsare</translation>
    </message>
</context>
<context>
    <name>casebench::Money</name>
    <message>
        <location filename="../model/Money.cpp" line="36"/>
        <source>amount must be whole kronor as a JSON integer or a decimal string such as &quot;12500.50&quot;</source>
        <translation>beloppet måste anges i hela kronor som JSON-heltal eller som en decimalsträng, t.ex. &quot;12500.50&quot;</translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="44"/>
        <source>amounts are whole kronor or a decimal string (&quot;12500.50&quot;), never a JSON number with a fraction</source>
        <translation>belopp anges i hela kronor eller som decimalsträng (&quot;12500.50&quot;), aldrig som JSON-tal med decimaler</translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="51"/>
        <source>amount &quot;%1&quot; is not a decimal such as &quot;12500&quot; or &quot;12500.50&quot;</source>
        <translation>beloppet &quot;%1&quot; är inte ett decimaltal som &quot;12500&quot; eller &quot;12500.50&quot;</translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="54"/>
        <source>amount is empty</source>
        <translation>beloppet är tomt</translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="74"/>
        <source>amount &quot;%1&quot; uses a decimal comma; write a decimal point (&quot;12500.50&quot;)</source>
        <translation>beloppet &quot;%1&quot; har decimalkomma; skriv decimalpunkt (&quot;12500.50&quot;)</translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="83"/>
        <source>amount &quot;%1&quot; has more than two decimals</source>
        <translation>beloppet &quot;%1&quot; har fler än två decimaler</translation>
    </message>
</context>
<context>
    <name>casebench::NewPassphraseFields</name>
    <message>
        <location filename="../ui/NewPassphraseFields.cpp" line="60"/>
        <source>New &amp;passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <location filename="../ui/NewPassphraseFields.cpp" line="61"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfras:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewPassphraseFields.cpp" line="71"/>
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Minst %n tecken.</numerusform>
            <numerusform>Minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewPassphraseFields.cpp" line="73"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>casebench::OverrideDialog</name>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="25"/>
        <source>Override the proposal — %1</source>
        <translation>Avvikande beslut — %1</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="40"/>
        <location filename="../ui/OverrideDialog.cpp" line="56"/>
        <source>no amount</source>
        <translation>inget belopp</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverrideDialog.cpp" line="44"/>
        <source>Why the decision differs from the proposal (at least %n characters)</source>
        <translation>
            <numerusform>Varför beslutet avviker från förslaget (minst %n tecken)</numerusform>
            <numerusform>Varför beslutet avviker från förslaget (minst %n tecken)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="52"/>
        <source>No proposal: the automation could not evaluate this case.</source>
        <translation>Inget förslag: automatiseringen kunde inte utvärdera ärendet.</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="53"/>
        <source>Proposed: %1, %2</source>
        <translation>Förslag: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="55"/>
        <source>%L1 kr</source>
        <translation>%L1 kr</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="60"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="61"/>
        <source>&amp;Amount (kr):</source>
        <translation>&amp;Belopp (kr):</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="62"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="64"/>
        <source>Difference:</source>
        <translation>Skillnad:</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="70"/>
        <source>Save decision</source>
        <translation>Spara beslut</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="117"/>
        <source>Same as the proposal — change the outcome or the amount, or confirm the proposal instead.</source>
        <translation>Samma som förslaget — ändra utfallet eller beloppet, eller bekräfta förslaget i stället.</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="121"/>
        <source>%1 characters</source>
        <translation>%1 tecken</translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="122"/>
        <source>%1 of at least %2 characters</source>
        <translation>%1 av minst %2 tecken</translation>
    </message>
</context>
<context>
    <name>casebench::OverrideDiff</name>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="139"/>
        <source>Outcome %1 → %2</source>
        <translation>Utfall %1 → %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="140"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="142"/>
        <location filename="../model/CaseDecisions.cpp" line="143"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="144"/>
        <source>Amount %1 → %2</source>
        <translation>Belopp %1 → %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="145"/>
        <source>amount %1 → %2</source>
        <translation>belopp %1 → %2</translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="153"/>
        <source>Same as the proposal</source>
        <translation>Samma som förslaget</translation>
    </message>
</context>
<context>
    <name>casebench::Personnummer</name>
    <message>
        <location filename="../model/Personnummer.cpp" line="88"/>
        <source>the twelve-digit form is written with &apos;-&apos; or no separator; &apos;+&apos; belongs to the ten-digit form</source>
        <translation>den tolvsiffriga formen skrivs med &apos;-&apos; eller utan skiljetecken; &apos;+&apos; hör till den tiosiffriga formen</translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="121"/>
        <source>impossible birth date in samordningsnummer (day minus 60 is not a day of the month)</source>
        <translation>omöjligt födelsedatum i samordningsnummer (dagen minus 60 är ingen dag i månaden)</translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="123"/>
        <source>impossible birth date (no such month or day)</source>
        <translation>omöjligt födelsedatum (månaden eller dagen finns inte)</translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="127"/>
        <source>birth date lies in the future</source>
        <translation>födelsedatumet ligger i framtiden</translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="134"/>
        <source>wrong check digit (the last digit does not match the Luhn check over the other nine)</source>
        <translation>fel kontrollsiffra (sista siffran stämmer inte med Luhn-kontrollen av de övriga nio)</translation>
    </message>
</context>
<context>
    <name>casebench::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="55"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="56"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="58"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="59"/>
        <source>Closes the cache and asks for the passphrase again when no one has used casebench for this many minutes.</source>
        <translation>Stänger cachen och frågar efter lösenfrasen igen när ingen har använt casebench på så här många minuter.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>casebench::ProposalPipeline</name>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="133"/>
        <source>not a JSON object: %1</source>
        <translation>inte ett JSON-objekt: %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="149"/>
        <source>case type &quot;%1&quot; is not the rule pack&apos;s (%2)</source>
        <translation>ärendetypen &quot;%1&quot; är inte regelpaketets (%2)</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="179"/>
        <source>the decision gave null</source>
        <translation>beslutet gav null</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="180"/>
        <source>the decision gave null: %1</source>
        <translation>beslutet gav null: %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="216"/>
        <source>must be a context {lines, total}, not %1</source>
        <translation>måste vara en kontext {lines, total}, inte %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="230"/>
        <source>must be &quot;norm&quot;, &quot;cost&quot; or &quot;income&quot;</source>
        <translation>måste vara &quot;norm&quot;, &quot;cost&quot; eller &quot;income&quot;</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="236"/>
        <source>must not be negative (the kind says whether it is deducted)</source>
        <translation>får inte vara negativt (typen anger om det ska avräknas)</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="257"/>
        <source>must be a context {outcome, amount, period, reasons}, not %1</source>
        <translation>måste vara en kontext {outcome, amount, period, reasons}, inte %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="265"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; är inte något av %2</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="273"/>
        <source>must be whole kronor, not negative, or null (round in the pack); got %1</source>
        <translation>måste vara hela kronor, inte negativt, eller null (avrunda i paketet); fick %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="290"/>
        <source>must be null or {from: date, to: date} with to not before from; got %1</source>
        <translation>måste vara null eller {from: datum, to: datum} där to inte är före from; fick %1</translation>
    </message>
</context>
<context>
    <name>casebench::ProposalRepository</name>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="42"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
    </message>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="51"/>
        <source>Could not replace the proposal of case %1: %2</source>
        <translation>Kunde inte ersätta förslaget i ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="73"/>
        <source>Could not store the proposal of case %1: %2</source>
        <translation>Kunde inte spara förslaget i ärende %1: %2</translation>
    </message>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="92"/>
        <source>Could not store the matched rules of case %1: %2</source>
        <translation>Kunde inte spara de matchade reglerna för ärende %1: %2</translation>
    </message>
</context>
<context>
    <name>casebench::ProposeCommand</name>
    <message>
        <location filename="../automation/pipeline/ProposeCommand.cpp" line="59"/>
        <source>holds no rule pack (no pack.json here or in its subfolders)</source>
        <translation>innehåller inget regelpaket (ingen pack.json här eller i undermapparna)</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposeCommand.cpp" line="64"/>
        <source>no such folder</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposeCommand.cpp" line="101"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
</context>
<context>
    <name>casebench::ReopenDialog</name>
    <message>
        <location filename="../ui/ReopenDialog.cpp" line="16"/>
        <source>Reopen %1</source>
        <translation>Återöppna %1</translation>
    </message>
    <message>
        <location filename="../ui/ReopenDialog.cpp" line="20"/>
        <source>Reopen</source>
        <translation>Återöppna</translation>
    </message>
    <message>
        <location filename="../ui/ReopenDialog.cpp" line="22"/>
        <source>&amp;Why is the case reopened? The reason is kept in the case history.</source>
        <translation>&amp;Varför återöppnas ärendet? Skälet sparas i ärendets historik.</translation>
    </message>
</context>
<context>
    <name>casebench::ReturnForCompletionDialog</name>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="18"/>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="18"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="23"/>
        <source>Return for completion — %1</source>
        <translation>Begär komplettering — %1</translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="33"/>
        <source>A note to the applicant (optional)</source>
        <translation>Ett meddelande till sökanden (valfritt)</translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="34"/>
        <source>Return to the applicant</source>
        <translation>Skicka tillbaka till sökanden</translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="36"/>
        <source>The applicant is asked to send in:</source>
        <translation>Sökanden ombeds skicka in:</translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="45"/>
        <source>&amp;Note:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackArchive</name>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="72"/>
        <source>not a readable .zip archive: %1</source>
        <translation>inte ett läsbart .zip-arkiv: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="92"/>
        <source>entry %1 cannot be read</source>
        <translation>posten %1 kan inte läsas</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="97"/>
        <source>entry &quot;%1&quot; refused: %2</source>
        <translation>posten &quot;%1&quot; nekades: %2</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="105"/>
        <source>entry &quot;%1&quot; refused: symbolic links are not allowed in a rule pack</source>
        <translation>posten &quot;%1&quot; nekades: symboliska länkar är inte tillåtna i ett regelpaket</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="118"/>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="167"/>
        <source>entry &quot;%1&quot; is too large for a rule pack</source>
        <translation>posten &quot;%1&quot; är för stor för ett regelpaket</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="125"/>
        <source>archive is too large for a rule pack</source>
        <translation>arkivet är för stort för ett regelpaket</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="134"/>
        <source>entry &quot;%1&quot; refused: path leads outside the pack</source>
        <translation>posten &quot;%1&quot; nekades: sökvägen leder utanför paketet</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="142"/>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="158"/>
        <source>entry &quot;%1&quot; cannot be read: %2</source>
        <translation>posten &quot;%1&quot; kan inte läsas: %2</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="148"/>
        <source>cannot create folder</source>
        <translation>kan inte skapa mappen</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="151"/>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="172"/>
        <source>cannot write: %1</source>
        <translation>kan inte skriva: %1</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackDiffView</name>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="34"/>
        <source>&amp;Table:</source>
        <translation>Ta&amp;bell:</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="62"/>
        <source>%1 compared with %2</source>
        <translation>%1 jämfört med %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="78"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="80"/>
        <source>pack.json %1: %2 → %3</source>
        <translation>pack.json %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="84"/>
        <source>%1: rule %2 added</source>
        <translation>%1: regel %2 tillagd</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="87"/>
        <source>%1: rule %2 removed</source>
        <translation>%1: regel %2 borttagen</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="90"/>
        <source>%1: rule %2 changed</source>
        <translation>%1: regel %2 ändrad</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="93"/>
        <source>%1: rule %2 moved from row %3 to %4</source>
        <translation>%1: regel %2 flyttad från rad %3 till %4</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="101"/>
        <source>%1, rule %2, %3: %4 → %5</source>
        <translation>%1, regel %2, %3: %4 → %5</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="104"/>
        <source>Constant %1: %2 → %3</source>
        <translation>Konstant %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="106"/>
        <source>File added: %1</source>
        <translation>Fil tillagd: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="108"/>
        <source>File removed: %1</source>
        <translation>Fil borttagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="110"/>
        <source>File changed: %1</source>
        <translation>Fil ändrad: %1</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackEditor</name>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="23"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Lägg till regel</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="24"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Ta bort regel</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="25"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="25"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="47"/>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="47"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="52"/>
        <source>&amp;Table:</source>
        <translation>Ta&amp;bell:</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="71"/>
        <source>Constants</source>
        <translation>Konstanter</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackListModel</name>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="62"/>
        <source>no end</source>
        <translation>inget slut</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="84"/>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="86"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="88"/>
        <source>Case type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="90"/>
        <source>Valid from</source>
        <translation>Giltigt från</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="92"/>
        <source>Valid to</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="96"/>
        <source>Content hash</source>
        <translation>Innehållets hash</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="98"/>
        <source>Activated by</source>
        <translation>Aktiverat av</translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="100"/>
        <source>Activated at</source>
        <translation>Aktiverat den</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackLoader</name>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="24"/>
        <source>not a rule pack folder</source>
        <translation>inte en regelpaketsmapp</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="32"/>
        <source>cannot read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="41"/>
        <source>letter template &quot;%1&quot; not found in the pack</source>
        <translation>brevmallen &quot;%1&quot; finns inte i paketet</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="49"/>
        <source>the pack has no examples/ folder; every pack must carry examples</source>
        <translation>paketet har ingen mapp examples/; varje paket måste innehålla exempel</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="62"/>
        <source>expected proposal without an application %1</source>
        <translation>förväntat förslag utan ansökan %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="70"/>
        <source>example without its expected proposal %1</source>
        <translation>exempel utan förväntat förslag %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="79"/>
        <source>examples/ holds no example; every pack must carry examples</source>
        <translation>examples/ innehåller inga exempel; varje paket måste innehålla exempel</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="88"/>
        <source>DMN model &quot;%1&quot; not found in the pack</source>
        <translation>DMN-modellen &quot;%1&quot; finns inte i paketet</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackManifest</name>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="204"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON-syntaxfel: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="207"/>
        <source>must hold one JSON object</source>
        <translation>måste innehålla ett JSON-objekt</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="215"/>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="219"/>
        <source>must be &quot;%1&quot;</source>
        <translation>måste vara &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="225"/>
        <source>must be 1–64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>måste vara 1–64 gemener, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="232"/>
        <source>is before valid_from</source>
        <translation>är före valid_from</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="264"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>okänd typ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="269"/>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="276"/>
        <source>must name a .dmn file</source>
        <translation>måste ange en .dmn-fil</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="280"/>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="331"/>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="287"/>
        <source>unknown stage</source>
        <translation>okänt steg</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="308"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; finns med två gånger</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="319"/>
        <source>not an outcome (%1)</source>
        <translation>inte ett utfall (%1)</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="334"/>
        <source>must be a whole number of days from 1 to 366</source>
        <translation>måste vara ett heltal antal dagar från 1 till 366</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="345"/>
        <source>must be a decimal string from &quot;0&quot; to &quot;1&quot; with at most six decimals</source>
        <translation>måste vara en decimalsträng från &quot;0&quot; till &quot;1&quot; med högst sex decimaler</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackRegistry</name>
    <message>
        <location filename="../automation/rulepack/RulePackRegistry.cpp" line="40"/>
        <source>rule pack %1 %2 (valid %3) overlaps installed pack %4 %5 (valid %6) for case type %7</source>
        <translation>regelpaketet %1 %2 (giltigt %3) överlappar det installerade paketet %4 %5 (giltigt %6) för ärendetypen %7</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackRegistry.cpp" line="77"/>
        <source>no rule pack for case type &quot;%1&quot; is valid on %2</source>
        <translation>inget regelpaket för ärendetypen &quot;%1&quot; är giltigt den %2</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackStore</name>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="215"/>
        <source>not a rule pack folder</source>
        <translation>inte en regelpaketsmapp</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="223"/>
        <source>symbolic links are not allowed in a rule pack</source>
        <translation>symboliska länkar är inte tillåtna i ett regelpaket</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="228"/>
        <source>cannot read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="236"/>
        <source>not UTF-8 text; a rule pack holds text files only</source>
        <translation>inte UTF-8-text; ett regelpaket innehåller bara textfiler</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="254"/>
        <source>file name &quot;%1&quot; leads outside the pack</source>
        <translation>filnamnet &quot;%1&quot; leder utanför paketet</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="256"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="505"/>
        <source>cannot create folder</source>
        <translation>kan inte skapa mappen</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="261"/>
        <source>cannot write: %1</source>
        <translation>kan inte skriva: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="273"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="301"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kan inte skapa en tillfällig mapp: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="321"/>
        <source>not a rule pack folder or .zip archive</source>
        <translation>inte en regelpaketsmapp eller ett .zip-arkiv</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="322"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="367"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="513"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="580"/>
        <source>cannot start a transaction</source>
        <translation>kan inte starta en transaktion</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="373"/>
        <source>rule pack %1 version %2 is already stored with other content (hash %3); give the changed pack a new version</source>
        <translation>regelpaketet %1 version %2 finns redan sparat med annat innehåll (hash %3); ge det ändrade paketet en ny version</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="397"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="412"/>
        <source>cannot store the rule pack</source>
        <translation>kan inte spara regelpaketet</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="415"/>
        <source>the stored rule pack cannot be read</source>
        <translation>det sparade regelpaketet kan inte läsas</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="458"/>
        <source>cannot read the rule pack</source>
        <translation>kan inte läsa regelpaketet</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="460"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="477"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="516"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="583"/>
        <source>no stored rule pack with id %1</source>
        <translation>inget sparat regelpaket med id %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="465"/>
        <source>stored rule pack %1 is damaged: %2</source>
        <translation>det sparade regelpaketet %1 är skadat: %2</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="486"/>
        <source>stored rule pack %1 %2 does not match its content hash</source>
        <translation>det sparade regelpaketet %1 %2 stämmer inte med sin innehållshash</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="503"/>
        <source>the folder is not empty; export into a new or empty folder</source>
        <translation>mappen är inte tom; exportera till en ny eller tom mapp</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="518"/>
        <source>rule pack %1 %2 is %3; only a draft can be activated</source>
        <translation>regelpaketet %1 %2 är %3; bara ett utkast kan aktiveras</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="525"/>
        <source>rule pack %1 %2 is valid %3 – %4; it cannot apply from %5</source>
        <translation>regelpaketet %1 %2 är giltigt %3 – %4; det kan inte gälla från %5</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="528"/>
        <source>(no date)</source>
        <translation>(inget datum)</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="538"/>
        <source>rule pack %1 %2 would apply %3 – %4, which overlaps active pack %5 %6 (id %7, applies %8 – %9) for case type %10; retire that pack or end its validity first</source>
        <translation>regelpaketet %1 %2 skulle gälla %3 – %4, vilket överlappar det aktiva paketet %5 %6 (id %7, gäller %8 – %9) för ärendetypen %10; avveckla det paketet eller avsluta dess giltighet först</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="559"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="572"/>
        <source>cannot activate the rule pack</source>
        <translation>kan inte aktivera regelpaketet</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="585"/>
        <source>rule pack %1 %2 is already retired</source>
        <translation>regelpaketet %1 %2 är redan avvecklat</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="596"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="607"/>
        <source>cannot retire the rule pack</source>
        <translation>kan inte avveckla regelpaketet</translation>
    </message>
</context>
<context>
    <name>casebench::RulePackValidation</name>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="44"/>
        <source>the model declares no input data named &quot;application&quot;</source>
        <translation>modellen deklarerar inga indata med namnet &quot;application&quot;</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="56"/>
        <source>decision &quot;%1&quot; is not in %2</source>
        <translation>beslutet &quot;%1&quot; finns inte i %2</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="85"/>
        <source>cannot read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="91"/>
        <source>not a JSON object: %1</source>
        <translation>inte ett JSON-objekt: %1</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="103"/>
        <source>cannot be asserted in an example (it changes with every edit of the pack)</source>
        <translation>kan inte kontrolleras i ett exempel (det ändras vid varje redigering av paketet)</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="110"/>
        <source>not a field of a proposal</source>
        <translation>inte ett fält i ett förslag</translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="114"/>
        <source>expected %1, the pack proposes %2</source>
        <translation>förväntade %1, paketet föreslår %2</translation>
    </message>
</context>
<context>
    <name>casebench::SchemaMigrations</name>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="430"/>
        <source>Could not create the schema version table: %1</source>
        <translation>Kunde inte skapa tabellen för schemaversion: %1</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="437"/>
        <source>The cache has schema version %1, newer than this program understands (%2). Update casebench.</source>
        <translation>Cachen har schemaversion %1, som är nyare än vad det här programmet förstår (%2). Uppdatera casebench.</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="448"/>
        <source>Could not start a transaction for migration %1: %2</source>
        <translation>Kunde inte starta en transaktion för migrering %1: %2</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="456"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migrering %1 misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="467"/>
        <source>Could not record migration %1: %2</source>
        <translation>Kunde inte registrera migrering %1: %2</translation>
    </message>
</context>
<context>
    <name>casebench::SpecReader</name>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="420"/>
        <source>a field spec must be an object</source>
        <translation>en fältspecifikation måste vara ett objekt</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="429"/>
        <source>&quot;path&quot; must be a dotted path of lower-case names, e.g. &quot;incomes[].amount&quot;</source>
        <translation>&quot;path&quot; måste vara en punktseparerad sökväg av namn med gemener, t.ex. &quot;incomes[].amount&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="434"/>
        <source>person fields cannot be nested</source>
        <translation>personfält kan inte nästlas</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="441"/>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>okänd fälttyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="448"/>
        <source>needs a Swedish and an English label</source>
        <translation>behöver en svensk och en engelsk etikett</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="454"/>
        <source>an array needs &quot;items&quot;: the type of each item (not array)</source>
        <translation>en array behöver &quot;items&quot;: typen för varje element (inte array)</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="470"/>
        <source>an enum needs a list of non-empty codes</source>
        <translation>en enum behöver en lista med icke-tomma koder</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="472"/>
        <source>&quot;values&quot; belongs to enum fields</source>
        <translation>&quot;values&quot; hör till enum-fält</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="477"/>
        <source>&quot;format&quot; is one of %1 on string fields</source>
        <translation>&quot;format&quot; kan bara anges för strängfält och måste vara något av %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="488"/>
        <source>must be a decimal string</source>
        <translation>måste vara en decimalsträng</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="495"/>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="501"/>
        <source>bounds belong to integer, amount, rate and decimal fields</source>
        <translation>gränser hör till fält av typen integer, amount, rate och decimal</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="508"/>
        <source>&quot;not_before&quot; belongs to date fields outside arrays</source>
        <translation>&quot;not_before&quot; hör till datumfält utanför arrayer</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="513"/>
        <source>&quot;refers_to&quot;: &quot;person&quot; belongs to integer fields</source>
        <translation>&quot;refers_to&quot;: &quot;person&quot; hör till heltalsfält</translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="522"/>
        <source>unknown key in a field spec</source>
        <translation>okänd nyckel i en fältspecifikation</translation>
    </message>
</context>
<context>
    <name>casebench::SqlCipherDriver</name>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="107"/>
        <source>Could not open the database file</source>
        <translation>Kunde inte öppna databasfilen</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="119"/>
        <source>Could not set the encryption key</source>
        <translation>Kunde inte ange krypteringsnyckeln</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="124"/>
        <source>Could not select SQLCipher 4 settings</source>
        <translation>Kunde inte välja inställningarna för SQLCipher 4</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="131"/>
        <source>Wrong passphrase or not a casebench cache</source>
        <translation>Fel lösenfras eller inte en casebench-cache</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="173"/>
        <source>Could not start a transaction</source>
        <translation>Kunde inte starta en transaktion</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="178"/>
        <source>Could not commit the transaction</source>
        <translation>Kunde inte slutföra transaktionen (commit)</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="183"/>
        <source>Could not roll back the transaction</source>
        <translation>Kunde inte rulla tillbaka transaktionen</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="279"/>
        <source>Could not change the passphrase</source>
        <translation>Kunde inte byta lösenfras</translation>
    </message>
</context>
<context>
    <name>casebench::SqlCipherResult</name>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="127"/>
        <source>The database is not open</source>
        <translation>Databasen är inte öppen</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="135"/>
        <source>Could not prepare the statement</source>
        <translation>Kunde inte förbereda SQL-satsen</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="140"/>
        <source>The statement is empty</source>
        <translation>SQL-satsen är tom</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="148"/>
        <source>Only one statement can be executed at a time</source>
        <translation>Bara en SQL-sats kan köras åt gången</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="170"/>
        <source>Parameter count mismatch: the statement has %1, %2 were bound</source>
        <translation>Fel antal parametrar: SQL-satsen har %1, %2 bands</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="200"/>
        <source>Value %1 of parameter %2 does not fit in 64 bits</source>
        <translation>Värdet %1 för parameter %2 ryms inte i 64 bitar</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="239"/>
        <source>Parameter %1 has a type the cache cannot store (%2)</source>
        <translation>Parameter %1 har en typ som cachen inte kan lagra (%2)</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="253"/>
        <source>Could not bind parameter %1</source>
        <translation>Kunde inte binda parameter %1</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="265"/>
        <source>No statement was prepared</source>
        <translation>Ingen SQL-sats har förberetts</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="298"/>
        <source>Could not execute the statement</source>
        <translation>Kunde inte köra SQL-satsen</translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="365"/>
        <source>Could not read the next row</source>
        <translation>Kunde inte läsa nästa rad</translation>
    </message>
</context>
<context>
    <name>casebench::StageReader</name>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="38"/>
        <source>stage %1 (decision &quot;%2&quot;): %3</source>
        <translation>steg %1 (beslut &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="46"/>
        <source>has no entry &quot;%1&quot;</source>
        <translation>saknar posten &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="60"/>
        <source>must be a non-empty string, not %1</source>
        <translation>måste vara en icke-tom sträng, inte %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="75"/>
        <source>&quot;%1&quot; is not listed in pack.json legal_references</source>
        <translation>&quot;%1&quot; finns inte i legal_references i pack.json</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="85"/>
        <source>must be a list, not %1</source>
        <translation>måste vara en lista, inte %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="93"/>
        <source>must be a context, not %1</source>
        <translation>måste vara en kontext, inte %1</translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="111"/>
        <source>must be an amount in kronor with at most two decimals, not %1</source>
        <translation>måste vara ett belopp i kronor med högst två decimaler, inte %1</translation>
    </message>
</context>
<context>
    <name>casebench::TraceModel</name>
    <message>
        <location filename="../ui/TraceModel.cpp" line="90"/>
        <source>Decision / input</source>
        <translation>Beslut / indata</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="90"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="103"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="113"/>
        <source>matched %1</source>
        <translation>matchade %1</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="118"/>
        <source>Inputs read</source>
        <translation>Lästa indata</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="123"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="130"/>
        <source>Matched rules</source>
        <translation>Matchade regler</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="130"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="135"/>
        <source>Table %1, rule %2</source>
        <translation>Tabell %1, regel %2</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="150"/>
        <source>Diagnostics</source>
        <translation>Diagnostik</translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="130"/>
        <source>result of step %1, %2</source>
        <translation>resultat av steg %1, %2</translation>
    </message>
</context>
<context>
    <name>casebench::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="140"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="205"/>
        <source>Unlock casebench</source>
        <translation>Lås upp casebench</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="206"/>
        <source>&amp;Cache file:</source>
        <translation>&amp;Cachefil:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="207"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="208"/>
        <source>Create a &amp;new cache</source>
        <translation>Skapa en &amp;ny cache</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="209"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="210"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="218"/>
        <source>New cache file</source>
        <translation>Ny cachefil</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="218"/>
        <source>Open cache file</source>
        <translation>Öppna cachefil</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="219"/>
        <source>casebench cache (*.cache);;All files (*)</source>
        <translation>casebench-cache (*.cache);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="238"/>
        <source>&amp;Working as:</source>
        <translation>&amp;Arbetar som:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="240"/>
        <source>Your login %1 is not a user of this cache. Choose who is working:</source>
        <translation>Din inloggning %1 är inte en användare i den här cachen. Välj vem som arbetar:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="242"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="246"/>
        <source>Choose a passphrase for the new cache. Everything in it is encrypted with this passphrase; without it the data cannot be recovered.</source>
        <translation>Välj en lösenfras för den nya cachen. Allt i den krypteras med lösenfrasen; utan den går uppgifterna inte att återställa.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="249"/>
        <source>Enter the passphrase of the cache.</source>
        <translation>Ange cachens lösenfras.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="250"/>
        <source>C&amp;reate</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="250"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
</context>
<context>
    <name>casebench::UserRepository</name>
    <message>
        <location filename="../model/UserRepository.cpp" line="60"/>
        <source>A login is 1 to 64 letters, digits or . _ @ -, not &quot;%1&quot;</source>
        <translation>En inloggning består av 1 till 64 bokstäver, siffror eller . _ @ -, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/UserRepository.cpp" line="66"/>
        <source>There is already a user &quot;%1&quot;</source>
        <translation>Det finns redan en användare &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/UserRepository.cpp" line="84"/>
        <location filename="../model/UserRepository.cpp" line="96"/>
        <source>Could not add the user &quot;%1&quot;: %2</source>
        <translation>Kunde inte lägga till användaren &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>casebench::WhatIfPanel</name>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="33"/>
        <source>Decided in a date &amp;range instead</source>
        <translation>Beslutade inom ett &amp;datumintervall i stället</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="35"/>
        <source>Run &amp;what-if</source>
        <translation>&amp;Kör konsekvensanalys</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="51"/>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="51"/>
        <source>Application date</source>
        <translation>Ansökningsdatum</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="51"/>
        <source>Old outcome</source>
        <translation>Tidigare utfall</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="52"/>
        <source>Old amount</source>
        <translation>Tidigare belopp</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="52"/>
        <source>New outcome</source>
        <translation>Nytt utfall</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="52"/>
        <source>New amount</source>
        <translation>Nytt belopp</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="53"/>
        <source>Decided / error</source>
        <translation>Beslutat / fel</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="60"/>
        <source>Pack:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="61"/>
        <source>&amp;Last decided cases:</source>
        <translation>&amp;Senast beslutade ärenden:</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="63"/>
        <source>Decided &amp;from:</source>
        <translation>Beslutade &amp;från:</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="64"/>
        <source>Decided &amp;to:</source>
        <translation>Beslutade &amp;till:</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="105"/>
        <source>Running…</source>
        <translation>Kör…</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="111"/>
        <source>Running the pack over decided cases…</source>
        <translation>Kör paketet på beslutade ärenden…</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="162"/>
        <source>The what-if run failed: %1</source>
        <translation>Konsekvensanalysen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="168"/>
        <source>%1 of %2 decided cases run: %3 would change outcome, %4 would change amount, total amount difference %5 kr; %6 could not be evaluated.</source>
        <translation>%1 av %2 beslutade ärenden körda: %3 skulle få ett annat utfall, %4 ett annat belopp, total beloppsskillnad %5 kr; %6 kunde inte utvärderas.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="177"/>
        <source>Cancelled: the counts cover the cases run so far.</source>
        <translation>Avbrutet: siffrorna gäller de ärenden som hunnit köras.</translation>
    </message>
</context>
<context>
    <name>casebench::WhatIfRun</name>
    <message>
        <location filename="../automation/rulepack/WhatIfRun.cpp" line="83"/>
        <location filename="../automation/rulepack/WhatIfRun.cpp" line="98"/>
        <location filename="../automation/rulepack/WhatIfRun.cpp" line="147"/>
        <source>cannot read the decided cases: %1</source>
        <translation>kan inte läsa de beslutade ärendena: %1</translation>
    </message>
</context>
<context>
    <name>casebench::Workbench</name>
    <message>
        <location filename="../ui/Workbench.cpp" line="152"/>
        <source>Audit trail broken</source>
        <translation>Revisionsloggen är bruten</translation>
    </message>
    <message>
        <location filename="../ui/Workbench.cpp" line="153"/>
        <source>The audit trail of this cache does not verify: event %1 was changed or removed.</source>
        <translation>Revisionsloggen i den här cachen går inte att verifiera: händelse %1 har ändrats eller tagits bort.</translation>
    </message>
</context>
<context>
    <name>casebench::dmn</name>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="322"/>
        <source>cannot read the unary tests &quot;%1&quot;</source>
        <translation>kan inte läsa de unära testerna &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="323"/>
        <source>FEEL error in &quot;%1&quot;: %2</source>
        <translation>FEEL-fel i &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::BoxedFunction</name>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="284"/>
        <source>the function</source>
        <translation>funktionen</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DecisionModel</name>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="541"/>
        <source>no model with namespace &quot;%1&quot; in the folder</source>
        <translation>ingen modell med namnrymden &quot;%1&quot; i mappen</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="601"/>
        <source>requirement &quot;%1#%2&quot; names no element of the right kind</source>
        <translation>kravet &quot;%1#%2&quot; anger inget element av rätt slag</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="650"/>
        <source>decisions require each other in a cycle: %1</source>
        <translation>besluten är beroende av varandra i en cykel: %1</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="664"/>
        <source>business knowledge models require each other in a cycle: %1</source>
        <translation>affärskunskapsmodellerna är beroende av varandra i en cykel: %1</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="761"/>
        <source>the model has no decision &apos;%1&apos;</source>
        <translation>modellen har inget beslut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="809"/>
        <source>the model has no decision service &apos;%1&apos;</source>
        <translation>modellen har ingen beslutstjänst &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="819"/>
        <source>business knowledge model &apos;%1&apos; has no logic</source>
        <translation>affärskunskapsmodellen &apos;%1&apos; saknar logik</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="826"/>
        <source>the model has no business knowledge model &apos;%1&apos;</source>
        <translation>modellen har ingen affärskunskapsmodell &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DecisionModel::Session</name>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="795"/>
        <source>the model has no decision &apos;%1&apos;</source>
        <translation>modellen har inget beslut &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DmnReader</name>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="683"/>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DmnWriter</name>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="110"/>
        <source>the model is not UTF-8 text</source>
        <translation>modellen är inte UTF-8-text</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="155"/>
        <source>the model declares encoding %1; only UTF-8 models can be edited</source>
        <translation>modellen anger teckenkodningen %1; bara UTF-8-modeller kan redigeras</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="306"/>
        <source>no decision table with this id</source>
        <translation>ingen beslutstabell med detta id</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="315"/>
        <source>every rule needs an id</source>
        <translation>varje regel behöver ett id</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="317"/>
        <source>rule id %1 is used twice</source>
        <translation>regel-id %1 används två gånger</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="319"/>
        <source>rule id %1 is already the id of another element</source>
        <translation>regel-id %1 är redan id för ett annat element</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="323"/>
        <source>rule %1 has %2 input and %3 output entries; the table has %4 inputs and %5 outputs</source>
        <translation>regel %1 har %2 indata- och %3 utdatavärden; tabellen har %4 indata- och %5 utdatakolumner</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="333"/>
        <source>rule %1 has more annotations than the table has annotation columns</source>
        <translation>regel %1 har fler kommentarer än tabellen har kommentarskolumner</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="508"/>
        <source>no decision or business knowledge model with this id has a literal expression</source>
        <translation>inget beslut eller ingen affärskunskapsmodell med detta id har ett litteralt uttryck</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="522"/>
        <source>the literal expression has no text element</source>
        <translation>det litterala uttrycket saknar textelement</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::ExpressionCompiler</name>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="455"/>
        <source>cannot read the FEEL expression &quot;%1&quot;</source>
        <translation>kan inte läsa FEEL-uttrycket &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="456"/>
        <source>FEEL error in &quot;%1&quot;: %2</source>
        <translation>FEEL-fel i &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="522"/>
        <source>%1 functions are not supported</source>
        <translation>%1-funktioner stöds inte</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::Parser</name>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="63"/>
        <source>the file holds no XML element</source>
        <translation>filen innehåller inget XML-element</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="67"/>
        <source>the root element is not a DMN &lt;definitions&gt; (namespace &quot;%1&quot;)</source>
        <translation>rotelementet är inte ett DMN-element &lt;definitions&gt; (namnrymd &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="223"/>
        <source>input data has no name</source>
        <translation>indata saknar namn</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="310"/>
        <source>decision has no name</source>
        <translation>beslutet saknar namn</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="342"/>
        <source>business knowledge model has no name</source>
        <translation>affärskunskapsmodellen saknar namn</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="369"/>
        <source>decision service has no output decision</source>
        <translation>beslutstjänsten saknar utdatabeslut</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="451"/>
        <source>only the last context entry may lack a variable</source>
        <translation>bara den sista kontextposten får sakna variabel</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="476"/>
        <source>invocation names no function</source>
        <translation>anropet anger ingen funktion</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="493"/>
        <source>relation row has %1 cells for %2 columns</source>
        <translation>relationsraden har %1 celler för %2 kolumner</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="535"/>
        <source>&lt;%1&gt; has no &lt;%2&gt; expression</source>
        <translation>&lt;%1&gt; saknar &lt;%2&gt;-uttryck</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="563"/>
        <source>unknown hit policy &quot;%1&quot;</source>
        <translation>okänd träffpolicy &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="574"/>
        <source>unknown aggregation &quot;%1&quot;</source>
        <translation>okänd aggregering &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="576"/>
        <source>an aggregation needs the COLLECT hit policy</source>
        <translation>en aggregering kräver träffpolicyn COLLECT</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="636"/>
        <source>decision table has no output</source>
        <translation>beslutstabellen saknar utdata</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="642"/>
        <source>an output of a multi-output decision table has no name</source>
        <translation>en utdatakolumn i en beslutstabell med flera utdata saknar namn</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="648"/>
        <source>a rule</source>
        <translation>en regel</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="648"/>
        <source>rule &apos;%1&apos;</source>
        <translation>regeln &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="650"/>
        <source>%1 has %2 input entries for %3 inputs</source>
        <translation>%1 har %2 indatavärden för %3 indatakolumner</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="658"/>
        <source>%1 has %2 output entries for %3 outputs</source>
        <translation>%1 har %2 utdatavärden för %3 utdatakolumner</translation>
    </message>
</context>
<context>
    <name>casebench::dmn::TypeSystem</name>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="197"/>
        <source>a %1 does not conform to type %2</source>
        <translation>ett värde av typen %1 uppfyller inte typen %2</translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="211"/>
        <source>item definition &apos;%1&apos; refers to itself too deeply</source>
        <translation>typdefinitionen &apos;%1&apos; hänvisar till sig själv för djupt</translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="235"/>
        <source>a %1 does not conform to function type &apos;%2&apos;</source>
        <translation>ett värde av typen %1 uppfyller inte funktionstypen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="244"/>
        <source>a %1 does not conform to structured type &apos;%2&apos;</source>
        <translation>ett värde av typen %1 uppfyller inte den strukturerade typen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="251"/>
        <source>a context lacks component &apos;%1&apos; of type &apos;%2&apos;</source>
        <translation>en kontext saknar komponenten &apos;%1&apos; av typen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="268"/>
        <source>%1 is not an allowed value of type &apos;%2&apos;</source>
        <translation>%1 är inte ett tillåtet värde för typen &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>casebench::feel::CallContext</name>
    <message>
        <location filename="../automation/feel/CallContext.cpp" line="57"/>
        <source>Evaluation nested deeper than %1 levels; stopped.</source>
        <translation>Beräkningen nästlades djupare än %1 nivåer och avbröts.</translation>
    </message>
    <message>
        <location filename="../automation/feel/CallContext.cpp" line="79"/>
        <source>Evaluation took more than %1 steps; stopped.</source>
        <translation>Beräkningen tog mer än %1 steg och avbröts.</translation>
    </message>
</context>
<context>
    <name>casebench::feel::Evaluator</name>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="242"/>
        <source>Cannot negate a %1.</source>
        <translation>Kan inte negera ett värde av typen %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="295"/>
        <source>Cannot compare %1 with %2 and %3 in &apos;between&apos;.</source>
        <translation>Kan inte jämföra %1 med %2 och %3 i &apos;between&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="307"/>
        <source>Unknown type &apos;%1&apos;.</source>
        <translation>Okänd typ &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="366"/>
        <source>Unknown name &apos;%1&apos;.</source>
        <translation>Okänt namn &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="387"/>
        <source>&quot;%1&quot; is not a valid date, time, date and time or duration.</source>
        <translation>&quot;%1&quot; är inte ett giltigt datum, klockslag, datum och klockslag eller en giltig varaktighet.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="402"/>
        <source>Cannot apply &apos;%1&apos; to %2 and %3.</source>
        <translation>Kan inte tillämpa &apos;%1&apos; på %2 och %3.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="437"/>
        <location filename="../automation/feel/Evaluator.cpp" line="442"/>
        <location filename="../automation/feel/Evaluator.cpp" line="490"/>
        <location filename="../automation/feel/Evaluator.cpp" line="495"/>
        <source>The date is out of range.</source>
        <translation>Datumet ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="461"/>
        <source>Cannot subtract a date and time with a time zone and one without.</source>
        <translation>Kan inte subtrahera ett datum och klockslag med tidszon och ett utan.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="471"/>
        <source>Cannot subtract a time with a time zone and one without.</source>
        <translation>Kan inte subtrahera ett klockslag med tidszon och ett utan.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="508"/>
        <location filename="../automation/feel/Evaluator.cpp" line="515"/>
        <location filename="../automation/feel/Evaluator.cpp" line="530"/>
        <location filename="../automation/feel/Evaluator.cpp" line="537"/>
        <source>The duration is out of range.</source>
        <translation>Varaktigheten ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="522"/>
        <location filename="../automation/feel/Evaluator.cpp" line="543"/>
        <location filename="../automation/feel/Evaluator.cpp" line="549"/>
        <source>Division by zero.</source>
        <translation>Division med noll.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="556"/>
        <source>%1 ** %2 is not defined.</source>
        <translation>%1 ** %2 är inte definierat.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="569"/>
        <source>Cannot compare %1 with %2.</source>
        <translation>Kan inte jämföra %1 med %2.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="576"/>
        <source>Cannot order %1 and %2.</source>
        <translation>Kan inte ordna %1 och %2.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="598"/>
        <source>A range needs at least one end point.</source>
        <translation>Ett intervall behöver minst en ändpunkt.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="602"/>
        <source>The end points of a range must be of one ordered type, not %1 and %2.</source>
        <translation>Ändpunkterna i ett intervall måste vara av samma ordnade typ, inte %1 och %2.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="605"/>
        <source>The range starts after it ends.</source>
        <translation>Intervallet börjar efter att det slutar.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="624"/>
        <source>The end point of a comparison range is null.</source>
        <translation>Ändpunkten i ett jämförelseintervall är null.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="627"/>
        <source>The end point of a comparison range cannot be a range.</source>
        <translation>Ändpunkten i ett jämförelseintervall kan inte vara ett intervall.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="885"/>
        <source>A %1 has no property &apos;%2&apos;.</source>
        <translation>Ett värde av typen %1 har ingen egenskap &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="936"/>
        <source>&apos;%1&apos; is not a function.</source>
        <translation>&apos;%1&apos; är ingen funktion.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="954"/>
        <source>External (Java/PMML) functions are not supported.</source>
        <translation>Externa funktioner (Java/PMML) stöds inte.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1000"/>
        <source>Iteration ranges need whole numbers.</source>
        <translation>Iterationsintervall kräver heltal.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1009"/>
        <source>The iteration range is too large.</source>
        <translation>Iterationsintervallet är för stort.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1031"/>
        <source>Cannot iterate from %1 to %2.</source>
        <translation>Kan inte iterera från %1 till %2.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1036"/>
        <source>The iteration range has a null end point.</source>
        <translation>Iterationsintervallet har en ändpunkt som är null.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1046"/>
        <source>Cannot iterate over an unbounded range.</source>
        <translation>Kan inte iterera över ett obegränsat intervall.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1058"/>
        <source>Cannot iterate over null.</source>
        <translation>Kan inte iterera över null.</translation>
    </message>
</context>
<context>
    <name>casebench::feel::Lexer</name>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="118"/>
        <source>Comment is not closed with */.</source>
        <translation>Kommentaren avslutas inte med */.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="187"/>
        <source>\u must be followed by 4 hexadecimal digits.</source>
        <translation>\u måste följas av 4 hexadecimala siffror.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="188"/>
        <source>\U must be followed by 6 hexadecimal digits.</source>
        <translation>\U måste följas av 6 hexadecimala siffror.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="192"/>
        <source>\U names a code point beyond U+10FFFF.</source>
        <translation>\U anger en kodpunkt bortom U+10FFFF.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="212"/>
        <source>String is not closed with a double quote.</source>
        <translation>Strängen avslutas inte med ett dubbelt citattecken.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="315"/>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>Oväntat tecken &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>casebench::feel::Parser</name>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="150"/>
        <source>the end of the expression</source>
        <translation>slutet av uttrycket</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="158"/>
        <source>Expected %1 but found %2.</source>
        <translation>Förväntade %1 men hittade %2.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="166"/>
        <source>Expected &apos;%1&apos; but found %2.</source>
        <translation>Förväntade &apos;%1&apos; men hittade %2.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="211"/>
        <location filename="../automation/feel/Parser.cpp" line="313"/>
        <location filename="../automation/feel/Parser.cpp" line="502"/>
        <source>Expression is nested too deeply.</source>
        <translation>Uttrycket är för djupt nästlat.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="247"/>
        <source>The expression is empty.</source>
        <translation>Uttrycket är tomt.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="252"/>
        <source>Unexpected %1 after the end of the expression.</source>
        <translation>Oväntat %1 efter slutet av uttrycket.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="260"/>
        <source>The unary tests are empty.</source>
        <translation>De unära testerna är tomma.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="289"/>
        <location filename="../automation/feel/Parser.cpp" line="437"/>
        <location filename="../automation/feel/Parser.cpp" line="759"/>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="302"/>
        <source>Unexpected %1 in unary tests.</source>
        <translation>Oväntat %1 i unära tester.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="525"/>
        <source>Expected a name after &apos;.&apos; but found %1.</source>
        <translation>Förväntade ett namn efter &apos;.&apos; men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="544"/>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="587"/>
        <source>Expected a parameter name and &apos;:&apos; (do not mix named and positional arguments).</source>
        <translation>Förväntade ett parameternamn och &apos;:&apos; (blanda inte namngivna och positionella argument).</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="599"/>
        <source>&apos;)&apos; or &apos;,&apos;</source>
        <translation>&apos;)&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="654"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="669"/>
        <source>Expected a string after &apos;@&apos;, as in @&quot;2024-01-31&quot;.</source>
        <translation>Förväntade en sträng efter &apos;@&apos;, som i @&quot;2024-01-31&quot;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="710"/>
        <source>Expected an expression but found %1.</source>
        <translation>Förväntade ett uttryck men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="743"/>
        <source>Expected an expression but found the keyword &apos;%1&apos;.</source>
        <translation>Förväntade ett uttryck men hittade nyckelordet &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="788"/>
        <source>&apos;]&apos; or &apos;,&apos;</source>
        <translation>&apos;]&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="800"/>
        <source>Expected &apos;..&apos; in the range but found %1.</source>
        <translation>Förväntade &apos;..&apos; i intervallet men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="811"/>
        <source>The range needs an end point after &apos;..&apos;.</source>
        <translation>Intervallet behöver en ändpunkt efter &apos;..&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="822"/>
        <source>Expected &apos;]&apos;, &apos;)&apos; or &apos;[&apos; to close the range but found %1.</source>
        <translation>Förväntade &apos;]&apos;, &apos;)&apos; eller &apos;[&apos; som avslutar intervallet men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="850"/>
        <source>Expected a context key (a name or a string) but found %1.</source>
        <translation>Förväntade en kontextnyckel (ett namn eller en sträng) men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="852"/>
        <source>&apos;:&apos; after the context key</source>
        <translation>&apos;:&apos; efter kontextnyckeln</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="855"/>
        <source>The context has two entries named &apos;%1&apos;.</source>
        <translation>Kontexten har två poster med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="863"/>
        <source>&apos;}&apos; or &apos;,&apos;</source>
        <translation>&apos;}&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="889"/>
        <location filename="../automation/feel/Parser.cpp" line="921"/>
        <source>Expected the name of the iteration variable but found %1.</source>
        <translation>Förväntade namnet på iterationsvariabeln men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="948"/>
        <source>Expected a parameter name but found %1.</source>
        <translation>Förväntade ett parameternamn men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="957"/>
        <source>Two parameters are named &apos;%1&apos;.</source>
        <translation>Två parametrar heter &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="963"/>
        <source>&apos;)&apos; after the parameters</source>
        <translation>&apos;)&apos; efter parametrarna</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="977"/>
        <source>Type is nested too deeply.</source>
        <translation>Typen är för djupt nästlad.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="982"/>
        <source>Expected a type name but found %1.</source>
        <translation>Förväntade ett typnamn men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="991"/>
        <location filename="../automation/feel/Parser.cpp" line="1017"/>
        <location filename="../automation/feel/Parser.cpp" line="1033"/>
        <source>&apos;&gt;&apos;</source>
        <translation>&apos;&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1003"/>
        <source>Expected a context entry name but found %1.</source>
        <translation>Förväntade namnet på en kontextpost men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1008"/>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1033"/>
        <source>&apos;-&gt;&apos;</source>
        <translation>&apos;-&gt;&apos;</translation>
    </message>
</context>
<context>
    <name>casebench::feel::UserFunction</name>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="79"/>
        <source>The function has no parameter named &apos;%1&apos;.</source>
        <translation>Funktionen har ingen parameter med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="81"/>
        <source>The function takes %1 argument(s) but was given more.</source>
        <translation>Funktionen tar %1 argument men fick fler.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="105"/>
        <source>Parameter &apos;%1&apos; must be %2, not %3.</source>
        <translation>Parametern &apos;%1&apos; måste vara %2, inte %3.</translation>
    </message>
</context>
<context>
    <name>casebench::feel::builtinlib</name>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="39"/>
        <source>m must be a context and key a string</source>
        <translation>m måste vara en kontext och key en sträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="49"/>
        <source>m must be a context</source>
        <translation>m måste vara en kontext</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="68"/>
        <source>entries must be contexts with a string key and a value</source>
        <translation>entries måste vara kontexter med en strängnyckel och ett värde</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="70"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>dubblerad nyckel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="82"/>
        <source>context must be a context</source>
        <translation>context måste vara en kontext</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="86"/>
        <source>key must be a string and keys a list of strings</source>
        <translation>key måste vara en sträng och keys en lista med strängar</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="91"/>
        <source>key must be a string or list of strings</source>
        <translation>key måste vara en sträng eller en lista med strängar</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="95"/>
        <source>keys must not be empty</source>
        <translation>keys får inte vara tom</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="98"/>
        <source>the key path does not lead to a context</source>
        <translation>nyckelsökvägen leder inte till en kontext</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="114"/>
        <source>contexts must be contexts</source>
        <translation>contexts måste vara kontexter</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="21"/>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; är inte ett datum</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="27"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="98"/>
        <source>from must be a string, date or date and time</source>
        <translation>from måste vara en sträng, ett datum eller ett datum och klockslag</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="39"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="42"/>
        <source>year, month and day must be integers of a real date</source>
        <translation>year, month och day måste vara heltal som bildar ett giltigt datum</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="54"/>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; är inte ett datum och klockslag</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="60"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="139"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="183"/>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="147"/>
        <source>from must be a string</source>
        <translation>from måste vara en sträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="74"/>
        <location filename="../automation/feel/BuiltinsTemporal.cpp" line="30"/>
        <source>date must be a date or date and time</source>
        <translation>date måste vara ett datum eller ett datum och klockslag</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="76"/>
        <source>time must be a time</source>
        <translation>time måste vara ett klockslag</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="89"/>
        <source>&apos;%1&apos; is not a time</source>
        <translation>&apos;%1&apos; är inte ett klockslag</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="109"/>
        <source>hour, minute and second must be numbers</source>
        <translation>hour, minute och second måste vara tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="119"/>
        <source>offset must be a days and time duration</source>
        <translation>offset måste vara en varaktighet i dagar och tid</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="123"/>
        <source>hour, minute or second out of range</source>
        <translation>hour, minute eller second ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="127"/>
        <source>offset out of range</source>
        <translation>offset ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="144"/>
        <source>&apos;%1&apos; is not a duration</source>
        <translation>&apos;%1&apos; är inte en varaktighet</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="164"/>
        <source>from and to must be dates or date and times</source>
        <translation>from och to måste vara datum eller datum och klockslag</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="189"/>
        <source>grouping separator must be &apos; &apos;, &apos;,&apos; or &apos;.&apos;</source>
        <translation>tusentalsavgränsaren måste vara &apos; &apos;, &apos;,&apos; eller &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="194"/>
        <source>decimal separator must be &apos;,&apos; or &apos;.&apos;</source>
        <translation>decimaltecknet måste vara &apos;,&apos; eller &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="198"/>
        <source>grouping and decimal separator must differ</source>
        <translation>tusentalsavgränsaren och decimaltecknet måste vara olika</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="204"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="209"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; är inte ett tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="56"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="212"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="375"/>
        <source>the items cannot be compared</source>
        <translation>elementen kan inte jämföras</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="152"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="161"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="169"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="180"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="194"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="197"/>
        <source>the items must be numbers</source>
        <translation>elementen måste vara tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="250"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="192"/>
        <source>start position is out of range</source>
        <translation>startpositionen ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="255"/>
        <source>length is out of range</source>
        <translation>längden ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="277"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="337"/>
        <source>the arguments must be lists</source>
        <translation>argumenten måste vara listor</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="293"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="305"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="419"/>
        <source>position is out of range</source>
        <translation>positionen ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="379"/>
        <source>precedes must be a function</source>
        <translation>precedes måste vara en funktion</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="382"/>
        <source>precedes must take two parameters</source>
        <translation>precedes måste ta två parametrar</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="395"/>
        <source>precedes must return true or false</source>
        <translation>precedes måste returnera true eller false</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="407"/>
        <source>match must take two parameters</source>
        <translation>match måste ta två parametrar</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="411"/>
        <source>match must return true or false</source>
        <translation>match måste returnera true eller false</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="22"/>
        <source>n must be a number</source>
        <translation>n måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="27"/>
        <source>scale must be an integer from -6111 to 6176</source>
        <translation>scale måste vara ett heltal från -6111 till 6176</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="41"/>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="55"/>
        <source>the argument must be a number</source>
        <translation>argumentet måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="44"/>
        <source>undefined for %1</source>
        <translation>odefinierat för %1</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="57"/>
        <source>the argument must be an integer</source>
        <translation>argumentet måste vara ett heltal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="97"/>
        <source>n must be a number or a duration</source>
        <translation>n måste vara ett tal eller en varaktighet</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="106"/>
        <source>dividend and divisor must be numbers</source>
        <translation>dividend och divisor måste vara tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="109"/>
        <source>division by zero</source>
        <translation>division med noll</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="89"/>
        <source>not defined for a %1 and a %2</source>
        <translation>inte definierat för ett värde av typen %1 och ett av typen %2</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="91"/>
        <source>the points cannot be compared</source>
        <translation>punkterna kan inte jämföras</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="150"/>
        <source>&apos;%1&apos; is not a range</source>
        <translation>&apos;%1&apos; är inte ett intervall</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="186"/>
        <source>the end points of &apos;%1&apos; are of different types or descending</source>
        <translation>ändpunkterna i &apos;%1&apos; är av olika typer eller i fallande ordning</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="34"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="275"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="293"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="324"/>
        <source>the arguments must be strings</source>
        <translation>argumenten måste vara strängar</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="66"/>
        <source>unknown regular expression flag &apos;%1&apos;</source>
        <translation>okänd flagga &apos;%1&apos; för reguljärt uttryck</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="112"/>
        <source>invalid regular expression: %1</source>
        <translation>ogiltigt reguljärt uttryck: %1</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="187"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="211"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="220"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="228"/>
        <source>string must be a string</source>
        <translation>string måste vara en sträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="198"/>
        <source>length must be a non-negative number</source>
        <translation>length måste vara ett icke-negativt tal</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="308"/>
        <source>the pattern matches an empty string</source>
        <translation>mönstret matchar en tom sträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="313"/>
        <source>invalid replacement string</source>
        <translation>ogiltig ersättningssträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="340"/>
        <source>the delimiter matches an empty string</source>
        <translation>avgränsaren matchar en tom sträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="355"/>
        <source>delimiter must be a string</source>
        <translation>delimiter måste vara en sträng</translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="363"/>
        <source>list must contain only strings</source>
        <translation>list får bara innehålla strängar</translation>
    </message>
</context>
<context>
    <name>casebench::feel::builtinlib::BuiltinFunction</name>
    <message>
        <location filename="../automation/feel/Builtins.cpp" line="40"/>
        <source>cannot be called with %1 argument(s); parameters are (%2)</source>
        <translation>kan inte anropas med %1 argument; parametrarna är (%2)</translation>
    </message>
    <message>
        <location filename="../automation/feel/Builtins.cpp" line="77"/>
        <source>has no parameters named (%1); parameters are (%2)</source>
        <translation>har inga parametrar med namnen (%1); parametrarna är (%2)</translation>
    </message>
</context>
<context>
    <name>casebench::tck::Parser</name>
    <message>
        <location filename="../automation/tck/TestCaseReader.cpp" line="50"/>
        <source>the root element is not &lt;testCases&gt;</source>
        <translation>rotelementet är inte &lt;testCases&gt;</translation>
    </message>
</context>
<context>
    <name>casebench::tck::TestCaseReader</name>
    <message>
        <location filename="../automation/tck/TestCaseReader.cpp" line="207"/>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
</context>
<context>
    <name>feel</name>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="156"/>
        <source>the invoked name is not a function but a %1</source>
        <translation>det anropade namnet är ingen funktion utan ett värde av typen %1</translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="247"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 har ingen parameter &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="254"/>
        <source>%1 takes %2 arguments, not %3</source>
        <translation>%1 tar %2 argument, inte %3</translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="323"/>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="394"/>
        <source>the condition is a %1, not a boolean</source>
        <translation>villkoret är av typen %1, inte ett booleskt värde</translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="364"/>
        <source>the filter condition is a %1, not a boolean</source>
        <translation>filtervillkoret är av typen %1, inte ett booleskt värde</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="248"/>
        <source>decisions require each other in a cycle: %1</source>
        <translation>besluten är beroende av varandra i en cykel: %1</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="281"/>
        <source>decision &apos;%1&apos; has no logic</source>
        <translation>beslutet &apos;%1&apos; saknar logik</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="321"/>
        <source>decision service &apos;%1&apos; names an unknown output decision</source>
        <translation>beslutstjänsten &apos;%1&apos; anger ett okänt utdatabeslut</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="416"/>
        <source>decision service &apos;%1&apos; has no parameter &apos;%2&apos;</source>
        <translation>beslutstjänsten &apos;%1&apos; har ingen parameter &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="423"/>
        <source>decision service &apos;%1&apos; takes %2 arguments, not %3</source>
        <translation>beslutstjänsten &apos;%1&apos; tar %2 argument, inte %3</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="97"/>
        <source>input %1 value %2 is not among the input values</source>
        <translation>indata %1 har värdet %2, som inte finns bland de tillåtna indatavärdena</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="127"/>
        <source>%1 rules match in a UNIQUE table (rules %2)</source>
        <translation>%1 regler matchar i en UNIQUE-tabell (regler %2)</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="137"/>
        <source>rules %1 of an ANY table match with different outputs</source>
        <translation>regler %1 i en ANY-tabell matchar med olika utdata</translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="264"/>
        <source>the built-in function %1 is missing</source>
        <translation>den inbyggda funktionen %1 saknas</translation>
    </message>
</context>
</TS>
