<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../model/CaseStatus.cpp" line="35"/>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="37"/>
        <source>Proposed</source>
        <translation>Förslag finns</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="39"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="41"/>
        <source>Returned for completion</source>
        <translation>Åter för komplettering</translation>
    </message>
</context>
<context>
    <name>casebench</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="41"/>
        <source>casebench — the caseworker&apos;s workbench.

Without a command the workbench window opens. Commands:
  info                     schema and SQLCipher versions, cases per status
  demo --cases N [--seed S] [--out DIR]
                           fill the cache (or DIR) with synthetic applications
  import [--skip-invalid] FILE|DIR…
                           import application JSON files
  rekey [--new-passphrase-file F]
                           change the cache passphrase

The passphrase comes from --passphrase-file, else CASEBENCH_PASSPHRASE, else a prompt. Exit status: 0 ok, 1 error, 2 wrong passphrase.</source>
        <translation>casebench — handläggarens arbetsverktyg.

Utan kommando öppnas arbetsfönstret. Kommandon:
  info                     schema- och SQLCipher-version, ärenden per status
  demo --cases N [--seed S] [--out MAPP]
                           fyll cachen (eller MAPP) med syntetiska ansökningar
  import [--skip-invalid] FIL|MAPP…
                           importera ansökningsfiler i JSON-format
  rekey [--new-passphrase-file F]
                           byt cachens lösenfras

Lösenfrasen hämtas från --passphrase-file, annars från CASEBENCH_PASSPHRASE, annars frågar programmet efter den. Slutstatus: 0 = OK, 1 = fel, 2 = fel lösenfras.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="53"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="54"/>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="55"/>
        <source>The encrypted cache file.</source>
        <translation>Den krypterade cachefilen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="56"/>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="58"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Läs lösenfrasen från första raden i FIL.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <location filename="../app/CommandLine.cpp" line="74"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="60"/>
        <source>Language: sv or en.</source>
        <translation>Språk: sv eller en.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="60"/>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="62"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace, debug, info, warn, error eller off.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="62"/>
        <source>LEVEL</source>
        <translation>NIVÅ</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="64"/>
        <source>demo: number of applications.</source>
        <translation>demo: antal ansökningar.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="65"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>demo: random seed.</source>
        <translation>demo: slumpfrö.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69"/>
        <source>demo: write application files into DIR instead.</source>
        <translation>demo: skriv ansökningsfiler till MAPP i stället.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69"/>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="71"/>
        <source>import: import the valid files of a batch with bad ones.</source>
        <translation>import: importera de giltiga filerna även om andra filer är ogiltiga.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>rekey: read the new passphrase from FILE.</source>
        <translation>rekey: läs den nya lösenfrasen från FIL.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>info, demo, import or rekey</source>
        <translation>info, demo, import eller rekey</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="78"/>
        <source>[command]</source>
        <translation>[kommando]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="94"/>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation>--lang måste vara sv eller en, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="98"/>
        <source>--log-level: unknown level &quot;%1&quot;</source>
        <translation>--log-level: okänd nivå &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <source>Unknown command &quot;%1&quot;; see --help</source>
        <translation>Okänt kommando &quot;%1&quot;; se --help</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="114"/>
        <source>--%1 belongs to the %2 command</source>
        <translation>--%1 hör till kommandot %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="127"/>
        <source>--cases must be a whole number from 0 to 10000000</source>
        <translation>--cases måste vara ett heltal från 0 till 10000000</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="132"/>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed måste vara ett icke-negativt heltal</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="140"/>
        <source>import needs at least one FILE or DIR</source>
        <translation>import behöver minst en FIL eller MAPP</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="146"/>
        <source>%1 takes no further arguments (got &quot;%2&quot;)</source>
        <translation>%1 tar inga fler argument (fick &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="35"/>
        <source>Passphrase for %1: </source>
        <translation>Lösenfras för %1: </translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="60"/>
        <source>Cache:          %1</source>
        <translation>Cache:          %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="61"/>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="62"/>
        <source>SQLCipher:      %1 (SQLite %2)</source>
        <translation>SQLCipher:      %1 (SQLite %2)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="64"/>
        <source>Cases:          %1</source>
        <translation>Ärenden:        %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="76"/>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="86"/>
        <source>The passphrase of %1 was changed.</source>
        <translation>Lösenfrasen för %1 har bytts.</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="100"/>
        <source>Wrote %1 application files to %2</source>
        <translation>Ansökningsfiler skrivna till %2: %1</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="117"/>
        <source>Stored %1 demo cases in %2 (%3 s)</source>
        <translation>Demoärenden sparade i %2: %1 (%3 s)</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="143"/>
        <source>%1: case %2 is already in the cache; not imported again</source>
        <translation>%1: ärende %2 finns redan i cachen; importeras inte igen</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="147"/>
        <source>%1: case %2 is also in %3; imported once</source>
        <translation>%1: ärende %2 finns även i %3; importeras en gång</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="151"/>
        <source>%1 files: %2 valid, %3 invalid, %4 duplicates; %5 cases imported</source>
        <translation>Filer: %1 (%2 giltiga, %3 ogiltiga, %4 dubbletter); importerade ärenden: %5</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="159"/>
        <source>Nothing was imported because of the invalid files (use --skip-invalid to import the valid ones).</source>
        <translation>Inget importerades eftersom några filer är ogiltiga (använd --skip-invalid för att importera de giltiga).</translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="178"/>
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
</context>
<context>
    <name>casebench::ApplicationReader</name>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="335"/>
        <source>is a folder, not an application file</source>
        <translation>är en mapp, inte en ansökningsfil</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="339"/>
        <location filename="../model/ApplicationReader.cpp" line="356"/>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="345"/>
        <location filename="../model/ApplicationReader.cpp" line="351"/>
        <location filename="../model/ApplicationReader.cpp" line="367"/>
        <source>is larger than %1 MB; an application is a few kilobytes</source>
        <translation>är större än %1 MB; en ansökan är några kilobyte</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="381"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON-syntaxfel på rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="389"/>
        <source>must hold one JSON object (an application), not %1</source>
        <translation>måste innehålla ett JSON-objekt (en ansökan), inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="390"/>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="390"/>
        <source>a bare value</source>
        <translation>ett enkelt värde</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="403"/>
        <source>&quot;%1&quot; is not a format this version reads; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; är inte ett format som den här versionen kan läsa; förväntade &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="410"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="413"/>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="416"/>
        <source>may hold only letters A-Z a-z, digits and - / . _</source>
        <translation>får bara innehålla bokstäverna A-Z a-z, siffror och - / . _</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="428"/>
        <source>unknown case type &quot;%1&quot;; known: %2</source>
        <translation>okänd ärendetyp &quot;%1&quot;; kända: %2</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="447"/>
        <source>needs a time zone offset (&quot;Z&quot; or &quot;+01:00&quot;), e.g. 2026-11-02T09:15:00+01:00</source>
        <translation>behöver en tidszonsförskjutning (&quot;Z&quot; eller &quot;+01:00&quot;), t.ex. 2026-11-02T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="449"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with offset, e.g. 2026-11-02T09:15:00+01:00</source>
        <translation>&quot;%1&quot; är inte en tidpunkt enligt ISO 8601 med tidszonsförskjutning, t.ex. 2026-11-02T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="454"/>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation>&quot;%1&quot; är inte ett giltigt datum och klockslag</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="458"/>
        <source>the offset lies outside -14:00…+14:00, the range of real time zones</source>
        <translation>förskjutningen ligger utanför -14:00…+14:00, intervallet för verkliga tidszoner</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="480"/>
        <source>lies before the date the application was received</source>
        <translation>ligger före datumet då ansökan inkom</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="493"/>
        <location filename="../model/ApplicationReader.cpp" line="538"/>
        <location filename="../model/ApplicationReader.cpp" line="557"/>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="504"/>
        <source>must be an array of persons, not %1</source>
        <translation>måste vara en array av personer, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="522"/>
        <source>is the same personnummer as %1</source>
        <translation>är samma personnummer som %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="528"/>
        <source>an applicant has at most one partner in the household</source>
        <translation>en sökande har högst en make/maka/sambo i hushållet</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="542"/>
        <source>must be an array of attachments, not %1</source>
        <translation>måste vara en array av bilagor, inte %1</translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="566"/>
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
    <name>casebench::CacheDatabase</name>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="66"/>
        <location filename="../model/CacheDatabase.cpp" line="150"/>
        <source>The passphrase must not be empty.</source>
        <translation>Lösenfrasen får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="71"/>
        <source>There is no cache at %1.</source>
        <translation>Det finns ingen cache på %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="73"/>
        <source>A file already exists at %1.</source>
        <translation>Det finns redan en fil på %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="75"/>
        <source>%1 is a folder, not a cache file.</source>
        <translation>%1 är en mapp, inte en cachefil.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="78"/>
        <source>%1 is an unencrypted SQLite file; casebench keeps personal data only in encrypted caches.</source>
        <translation>%1 är en okrypterad SQLite-fil; casebench sparar personuppgifter bara i krypterade cacher.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="83"/>
        <source>Could not create the folder %1.</source>
        <translation>Kunde inte skapa mappen %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="98"/>
        <source>Wrong passphrase or not a casebench cache: %1</source>
        <translation>Fel lösenfras eller inte en casebench-cache: %1</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="100"/>
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="107"/>
        <source>SQLCipher 4 or newer is required; this build links %1.</source>
        <translation>SQLCipher 4 eller senare krävs; det här bygget använder %1.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="108"/>
        <source>no SQLCipher</source>
        <translation>ingen SQLCipher</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="113"/>
        <source>Could not prepare the cache: %1</source>
        <translation>Kunde inte förbereda cachen: %1</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="120"/>
        <source>%1 was written unencrypted; refusing to use it.</source>
        <translation>%1 skrevs okrypterad och kommer inte att användas.</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="155"/>
        <source>Could not change the passphrase of %1: %2</source>
        <translation>Kunde inte byta lösenfras för %1: %2</translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="156"/>
        <source>not open</source>
        <translation>inte öppen</translation>
    </message>
</context>
<context>
    <name>casebench::CaseDetailsPanel</name>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="105"/>
        <location filename="../ui/CaseDetailsPanel.cpp" line="138"/>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="107"/>
        <source>Partner</source>
        <translation>Make/maka/sambo</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="109"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="111"/>
        <source>Other adult</source>
        <translation>Annan vuxen</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="118"/>
        <source>Decision due</source>
        <translation>Beslut senast</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="120"/>
        <source>Completion due from the applicant</source>
        <translation>Komplettering från sökande senast</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="126"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="127"/>
        <source>Close the case details (Esc)</source>
        <translation>Stäng ärendeinformationen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="129"/>
        <source>No case selected</source>
        <translation>Inget ärende valt</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="139"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="140"/>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="142"/>
        <source>Application for</source>
        <translation>Ansökan avser</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="143"/>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseDetailsPanel.cpp" line="143"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="148"/>
        <source>Others in the household</source>
        <translation>Övriga i hushållet</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="157"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="159"/>
        <source>None listed.</source>
        <translation>Inga angivna.</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="163"/>
        <source>present</source>
        <translation>finns</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="163"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="172"/>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="174"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="187"/>
        <source>Application as received</source>
        <translation>Ansökan som den inkom</translation>
    </message>
</context>
<context>
    <name>casebench::CaseRepository</name>
    <message>
        <location filename="../model/CaseRepository.cpp" line="89"/>
        <source>Could not store case %1</source>
        <translation>Kunde inte spara ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="107"/>
        <source>Could not store the household of case %1</source>
        <translation>Kunde inte spara hushållet för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="121"/>
        <source>Could not store the attachments of case %1</source>
        <translation>Kunde inte spara bilagorna för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="132"/>
        <source>Could not store the deadlines of case %1</source>
        <translation>Kunde inte spara fristerna för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="216"/>
        <source>Could not change the status of case %1</source>
        <translation>Kunde inte ändra status för ärende %1</translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="218"/>
        <source>There is no case %1</source>
        <translation>Det finns inget ärende %1</translation>
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
    <name>casebench::DemoCaseGenerator</name>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="815"/>
        <source>Could not create the folder.</source>
        <translation>Kunde inte skapa mappen.</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="824"/>
        <source>Could not write the file: %1</source>
        <translation>Kunde inte skriva filen: %1</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="842"/>
        <source>Could not start a transaction: %1</source>
        <translation>Kunde inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="848"/>
        <source>Stored %1 demo cases; the next batch failed and was rolled back: %2</source>
        <translation>Demoärenden sparade: %1; nästa omgång misslyckades och rullades tillbaka: %2</translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="855"/>
        <source>Stored %1 demo cases; committing the next batch failed: %2</source>
        <translation>Demoärenden sparade: %1; nästa omgång kunde inte slutföras (commit): %2</translation>
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
        <location filename="../model/Importer.cpp" line="53"/>
        <source>does not exist</source>
        <translation>finns inte</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="62"/>
        <source>is a folder without .json files</source>
        <translation>är en mapp utan .json-filer</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="115"/>
        <source>case type &quot;%1&quot; is not set up in this cache</source>
        <translation>ärendetypen &quot;%1&quot; är inte upplagd i den här cachen</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="149"/>
        <source>could not start a transaction: %1</source>
        <translation>kunde inte starta en transaktion: %1</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="160"/>
        <source>could not be stored, so nothing was imported: %1</source>
        <translation>kunde inte sparas, så inget importerades: %1</translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="174"/>
        <source>could not commit the import, so nothing was imported: %1</source>
        <translation>importen kunde inte slutföras (commit), så inget importerades: %1</translation>
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
    <name>casebench::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>casebench — %1</source>
        <translation>casebench — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Import applications…</source>
        <translation>&amp;Importera ansökningar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Import application files (JSON) into the cache</source>
        <translation>Importera ansökningsfiler (JSON) till cachen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Import a &amp;folder…</source>
        <translation>Importera en &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Import every application file (JSON) in a folder</source>
        <translation>Importera alla ansökningsfiler (JSON) i en mapp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Change &amp;passphrase…</source>
        <translation>Byt lösen&amp;fras…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Close the cache and ask for the passphrase again</source>
        <translation>Stäng cachen och fråga efter lösenfrasen igen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Search the inbox</source>
        <translation>Sök i inkorgen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>P&amp;references…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Read the inbox from the cache again</source>
        <translation>Läs in inkorgen från cachen igen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Case &amp;details</source>
        <translation>Ärende&amp;information</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;About casebench</source>
        <translation>&amp;Om casebench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Case %1 is no longer in the cache.</source>
        <translation>Ärende %1 finns inte längre i cachen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Import a folder of applications</source>
        <translation>Importera en mapp med ansökningar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Import applications</source>
        <translation>Importera ansökningar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Applications (*.json)</source>
        <translation>Ansökningar (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Reading and checking the applications…</source>
        <translation>Läser och kontrollerar ansökningarna…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n ärende importerades.</numerusform>
            <numerusform>%n ärenden importerades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen har bytts.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>About casebench</source>
        <translation>Om casebench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>&lt;h3&gt;casebench %1&lt;/h3&gt;&lt;p&gt;A workbench for municipal caseworkers: proposals are prepared by rules, decisions are made by people.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;br&gt;Cache schema version %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;casebench %1&lt;/h3&gt;&lt;p&gt;Ett arbetsverktyg för kommunala handläggare: förslag tas fram med regler, beslut fattas av människor.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;br&gt;Cachens schemaversion %5&lt;/p&gt;</translation>
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
    <name>casebench::SchemaMigrations</name>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="116"/>
        <source>Could not create the schema version table: %1</source>
        <translation>Kunde inte skapa tabellen för schemaversion: %1</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="123"/>
        <source>The cache has schema version %1, newer than this program understands (%2). Update casebench.</source>
        <translation>Cachen har schemaversion %1, som är nyare än vad det här programmet förstår (%2). Uppdatera casebench.</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="134"/>
        <source>Could not start a transaction for migration %1: %2</source>
        <translation>Kunde inte starta en transaktion för migrering %1: %2</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="142"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migrering %1 misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="153"/>
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
    <name>casebench::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="148"/>
        <source>Unlock casebench</source>
        <translation>Lås upp casebench</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="149"/>
        <source>&amp;Cache file:</source>
        <translation>&amp;Cachefil:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="150"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="151"/>
        <source>Create a &amp;new cache</source>
        <translation>Skapa en &amp;ny cache</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="152"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="153"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="160"/>
        <source>New cache file</source>
        <translation>Ny cachefil</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="160"/>
        <source>Open cache file</source>
        <translation>Öppna cachefil</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="162"/>
        <source>casebench cache (*.cache);;All files (*)</source>
        <translation>casebench-cache (*.cache);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="182"/>
        <source>Choose a passphrase for the new cache. Everything in it is encrypted with this passphrase; without it the data cannot be recovered.</source>
        <translation>Välj en lösenfras för den nya cachen. Allt i den krypteras med lösenfrasen; utan den går uppgifterna inte att återställa.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="185"/>
        <source>Enter the passphrase of the cache.</source>
        <translation>Ange cachens lösenfras.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="186"/>
        <source>C&amp;reate</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="186"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
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
        <location filename="../automation/feel/Lexer.cpp" line="203"/>
        <source>Unknown escape sequence in string.</source>
        <translation>Okänd escapesekvens i strängen.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="207"/>
        <source>String is not closed with a double quote.</source>
        <translation>Strängen avslutas inte med ett dubbelt citattecken.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="299"/>
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
        <location filename="../automation/feel/Parser.cpp" line="208"/>
        <location filename="../automation/feel/Parser.cpp" line="309"/>
        <location filename="../automation/feel/Parser.cpp" line="498"/>
        <source>Expression is nested too deeply.</source>
        <translation>Uttrycket är för djupt nästlat.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="243"/>
        <source>The expression is empty.</source>
        <translation>Uttrycket är tomt.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="248"/>
        <source>Unexpected %1 after the end of the expression.</source>
        <translation>Oväntat %1 efter slutet av uttrycket.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="256"/>
        <source>The unary tests are empty.</source>
        <translation>De unära testerna är tomma.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="285"/>
        <location filename="../automation/feel/Parser.cpp" line="433"/>
        <location filename="../automation/feel/Parser.cpp" line="749"/>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="298"/>
        <source>Unexpected %1 in unary tests.</source>
        <translation>Oväntat %1 i unära tester.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="521"/>
        <source>Expected a name after &apos;.&apos; but found %1.</source>
        <translation>Förväntade ett namn efter &apos;.&apos; men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="540"/>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="583"/>
        <source>Expected a parameter name and &apos;:&apos; (do not mix named and positional arguments).</source>
        <translation>Förväntade ett parameternamn och &apos;:&apos; (blanda inte namngivna och positionella argument).</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="595"/>
        <source>&apos;)&apos; or &apos;,&apos;</source>
        <translation>&apos;)&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="650"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="665"/>
        <source>Expected a string after &apos;@&apos;, as in @&quot;2024-01-31&quot;.</source>
        <translation>Förväntade en sträng efter &apos;@&apos;, som i @&quot;2024-01-31&quot;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="706"/>
        <source>Expected an expression but found %1.</source>
        <translation>Förväntade ett uttryck men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="733"/>
        <source>Expected an expression but found the keyword &apos;%1&apos;.</source>
        <translation>Förväntade ett uttryck men hittade nyckelordet &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="778"/>
        <source>&apos;]&apos; or &apos;,&apos;</source>
        <translation>&apos;]&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="790"/>
        <source>Expected &apos;..&apos; in the range but found %1.</source>
        <translation>Förväntade &apos;..&apos; i intervallet men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="810"/>
        <source>Expected &apos;]&apos;, &apos;)&apos; or &apos;[&apos; to close the range but found %1.</source>
        <translation>Förväntade &apos;]&apos;, &apos;)&apos; eller &apos;[&apos; som avslutar intervallet men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="838"/>
        <source>Expected a context key (a name or a string) but found %1.</source>
        <translation>Förväntade en kontextnyckel (ett namn eller en sträng) men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="840"/>
        <source>&apos;:&apos; after the context key</source>
        <translation>&apos;:&apos; efter kontextnyckeln</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="843"/>
        <source>The context has two entries named &apos;%1&apos;.</source>
        <translation>Kontexten har två poster med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="851"/>
        <source>&apos;}&apos; or &apos;,&apos;</source>
        <translation>&apos;}&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="877"/>
        <location filename="../automation/feel/Parser.cpp" line="909"/>
        <source>Expected the name of the iteration variable but found %1.</source>
        <translation>Förväntade namnet på iterationsvariabeln men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="936"/>
        <source>Expected a parameter name but found %1.</source>
        <translation>Förväntade ett parameternamn men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="945"/>
        <source>Two parameters are named &apos;%1&apos;.</source>
        <translation>Två parametrar heter &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="951"/>
        <source>&apos;)&apos; after the parameters</source>
        <translation>&apos;)&apos; efter parametrarna</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="965"/>
        <source>Type is nested too deeply.</source>
        <translation>Typen är för djupt nästlad.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="970"/>
        <source>Expected a type name but found %1.</source>
        <translation>Förväntade ett typnamn men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="979"/>
        <location filename="../automation/feel/Parser.cpp" line="1005"/>
        <location filename="../automation/feel/Parser.cpp" line="1021"/>
        <source>&apos;&gt;&apos;</source>
        <translation>&apos;&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="991"/>
        <source>Expected a context entry name but found %1.</source>
        <translation>Förväntade namnet på en kontextpost men hittade %1.</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="996"/>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1021"/>
        <source>&apos;-&gt;&apos;</source>
        <translation>&apos;-&gt;&apos;</translation>
    </message>
</context>
</TS>
