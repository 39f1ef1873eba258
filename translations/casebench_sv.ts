<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../model/CaseStatus.cpp" line="35"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="37"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="39"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="41"/>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="53"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="54"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="55"/>
        <source>The encrypted cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="56"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="58"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <location filename="../app/CommandLine.cpp" line="74"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="60"/>
        <source>Language: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="60"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="62"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="62"/>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="64"/>
        <source>demo: number of applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="65"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>demo: random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69"/>
        <source>demo: write application files into DIR instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="71"/>
        <source>import: import the valid files of a batch with bad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>rekey: read the new passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>info, demo, import or rekey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="78"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="94"/>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="98"/>
        <source>--log-level: unknown level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <source>Unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="114"/>
        <source>--%1 belongs to the %2 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="127"/>
        <source>--cases must be a whole number from 0 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="132"/>
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="140"/>
        <source>import needs at least one FILE or DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="146"/>
        <source>%1 takes no further arguments (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="35"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="60"/>
        <source>Cache:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="61"/>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="62"/>
        <source>SQLCipher:      %1 (SQLite %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="64"/>
        <source>Cases:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="76"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="86"/>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="100"/>
        <source>Wrote %1 application files to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="117"/>
        <source>Stored %1 demo cases in %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="143"/>
        <source>%1: case %2 is already in the cache; not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="147"/>
        <source>%1: case %2 is also in %3; imported once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="151"/>
        <source>%1 files: %2 valid, %3 invalid, %4 duplicates; %5 cases imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="159"/>
        <source>Nothing was imported because of the invalid files (use --skip-invalid to import the valid ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="178"/>
        <source>Unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="59"/>
        <source>Cannot read the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="62"/>
        <source>The passphrase file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="74"/>
        <source>No passphrase: use --passphrase-file, set CASEBENCH_PASSPHRASE, or run in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PassphraseSource.cpp" line="90"/>
        <source>No passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="160"/>
        <source>a person must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="174"/>
        <source>the applicant&apos;s relation is &quot;applicant&quot; (or left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="186"/>
        <location filename="../model/ApplicationSchema.cpp" line="355"/>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="200"/>
        <location filename="../model/ApplicationSchema.cpp" line="258"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="204"/>
        <location filename="../model/ApplicationReader.cpp" line="308"/>
        <location filename="../model/ApplicationSchema.cpp" line="260"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="221"/>
        <source>required field is missing (a child may be given with birth_date instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="223"/>
        <location filename="../model/ApplicationReader.cpp" line="289"/>
        <location filename="../model/ApplicationSchema.cpp" line="231"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="226"/>
        <source>lies after the date the application was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="232"/>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="243"/>
        <source>does not match the birth date in the personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="268"/>
        <source>an attachment must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="282"/>
        <source>must be an attachment type code (lower-case letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="293"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="303"/>
        <source>must name the file when present is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="106"/>
        <source>not a valid organisationsnummer (NNNNNN-NNNN with a correct check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="108"/>
        <source>not a Swedish registration number (three letters, two digits and a digit or letter, e.g. ABC123 or ABC12A, without space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="111"/>
        <source>not a Swedish postal code (NNN NN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="130"/>
        <location filename="../model/ApplicationSchema.cpp" line="581"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="132"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="134"/>
        <source>an amount (whole kronor as a JSON integer or a decimal string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="136"/>
        <source>a rate as a decimal string, e.g. &quot;0.3142&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="138"/>
        <source>a decimal string, e.g. &quot;7.5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="140"/>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="142"/>
        <source>a month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="144"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="146"/>
        <source>a personnummer as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="148"/>
        <source>one of the listed codes as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="150"/>
        <location filename="../model/ApplicationSchema.cpp" line="583"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="152"/>
        <location filename="../model/ApplicationSchema.cpp" line="585"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="159"/>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="240"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="270"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="273"/>
        <location filename="../model/ApplicationSchema.cpp" line="305"/>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="275"/>
        <location filename="../model/ApplicationSchema.cpp" line="307"/>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="277"/>
        <source>refers to person %1, but the application has persons 0…%2 (0 is the applicant, 1… the household in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="288"/>
        <source>amount must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="290"/>
        <source>must be at least %1 kronor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="292"/>
        <source>must be at most %1 kronor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="301"/>
        <source>&quot;%1&quot; is not a decimal such as &quot;0.3142&quot; (a point, at most six decimals, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="317"/>
        <source>&quot;%1&quot; is not a real date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="324"/>
        <source>must not be before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="334"/>
        <source>&quot;%1&quot; is not a month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="577"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="579"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="589"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="26"/>
        <source>amount is too large (more than %1 kronor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="37"/>
        <source>not a personnummer: expected YYYYMMDD-NNNC, YYMMDD-NNNC or YYMMDD+NNNC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationReader</name>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="335"/>
        <source>is a folder, not an application file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="339"/>
        <location filename="../model/ApplicationReader.cpp" line="356"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="345"/>
        <location filename="../model/ApplicationReader.cpp" line="351"/>
        <location filename="../model/ApplicationReader.cpp" line="367"/>
        <source>is larger than %1 MB; an application is a few kilobytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="381"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="389"/>
        <source>must hold one JSON object (an application), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="390"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="390"/>
        <source>a bare value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="403"/>
        <source>&quot;%1&quot; is not a format this version reads; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="410"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="413"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="416"/>
        <source>may hold only letters A-Z a-z, digits and - / . _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="428"/>
        <source>unknown case type &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="447"/>
        <source>needs a time zone offset (&quot;Z&quot; or &quot;+01:00&quot;), e.g. 2026-11-02T09:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="449"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with offset, e.g. 2026-11-02T09:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="454"/>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="458"/>
        <source>the offset lies outside -14:00…+14:00, the range of real time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="480"/>
        <source>lies before the date the application was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="493"/>
        <location filename="../model/ApplicationReader.cpp" line="538"/>
        <location filename="../model/ApplicationReader.cpp" line="557"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="504"/>
        <source>must be an array of persons, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="522"/>
        <source>is the same personnummer as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="528"/>
        <source>an applicant has at most one partner in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="542"/>
        <source>must be an array of attachments, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="566"/>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationSchema</name>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="666"/>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="671"/>
        <source>must be &quot;casebench.casetype/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="677"/>
        <source>must be a lower-case case type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="692"/>
        <source>&quot;%1&quot; comes before its parent object or array &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="698"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="713"/>
        <source>&quot;not_before&quot; names &quot;%1&quot;, which is not a date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="729"/>
        <source>a person field is a plain value and not one of the envelope&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="748"/>
        <source>&quot;%1&quot; is not an optional top-level details field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="755"/>
        <source>a constraint is {&quot;one_of&quot;: [[fields…], [fields…], …]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="774"/>
        <source>an attachment type needs a code and Swedish and English labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="777"/>
        <source>names &quot;%1&quot;, which is not a details field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="779"/>
        <source>with &quot;exact&quot;: true every attachment type is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="884"/>
        <source>required together with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="890"/>
        <source>give exactly one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="926"/>
        <source>unknown attachment type &quot;%1&quot; for %2; known: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="933"/>
        <source>attachment type &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="937"/>
        <source>lists %1 attachments; %2 needs exactly %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="957"/>
        <source>attachment &quot;%1&quot; must be listed (with &quot;present&quot;: false if it is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="959"/>
        <source>attachment &quot;%1&quot; must be listed because %2 is &quot;%3&quot; (with &quot;present&quot;: false if it is missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CacheDatabase</name>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="66"/>
        <location filename="../model/CacheDatabase.cpp" line="150"/>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="71"/>
        <source>There is no cache at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="73"/>
        <source>A file already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="75"/>
        <source>%1 is a folder, not a cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="78"/>
        <source>%1 is an unencrypted SQLite file; casebench keeps personal data only in encrypted caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="83"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="98"/>
        <source>Wrong passphrase or not a casebench cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="100"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="107"/>
        <source>SQLCipher 4 or newer is required; this build links %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="108"/>
        <source>no SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="113"/>
        <source>Could not prepare the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="120"/>
        <source>%1 was written unencrypted; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="155"/>
        <source>Could not change the passphrase of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="156"/>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseDetailsPanel</name>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="105"/>
        <location filename="../ui/CaseDetailsPanel.cpp" line="138"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="107"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="109"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="111"/>
        <source>Other adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="118"/>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="120"/>
        <source>Completion due from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="126"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="127"/>
        <source>Close the case details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="129"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="139"/>
        <source>Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="140"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="142"/>
        <source>Application for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="143"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseDetailsPanel.cpp" line="143"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="148"/>
        <source>Others in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="157"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="159"/>
        <source>None listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="163"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="163"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="172"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="174"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="187"/>
        <source>Application as received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseRepository</name>
    <message>
        <location filename="../model/CaseRepository.cpp" line="89"/>
        <source>Could not store case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="107"/>
        <source>Could not store the household of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="121"/>
        <source>Could not store the attachments of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="132"/>
        <source>Could not store the deadlines of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="216"/>
        <source>Could not change the status of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="218"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="77"/>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="101"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="102"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="103"/>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChangePassphraseDialog.cpp" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::DemoCaseGenerator</name>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="815"/>
        <source>Could not create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="824"/>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="842"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="848"/>
        <source>Stored %1 demo cases; the next batch failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="855"/>
        <source>Stored %1 demo cases; committing the next batch failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::FileCheck</name>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="114"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="118"/>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="133"/>
        <source>&quot;%1&quot; is not a real date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="147"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ImportReportDialog</name>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="64"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="65"/>
        <source>Import the &amp;valid files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="66"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="69"/>
        <source>%n file(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="71"/>
        <source>%n case(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="73"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="75"/>
        <source>%n case(s) already known, left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportReportDialog.cpp" line="77"/>
        <source>%n file(s) with problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="79"/>
        <source>A batch with invalid files is not imported; you can import the valid files alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="83"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="83"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="83"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="96"/>
        <source>case %1 is already in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportDialog.cpp" line="97"/>
        <source>case %1 is also in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::Importer</name>
    <message>
        <location filename="../model/Importer.cpp" line="53"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="62"/>
        <source>is a folder without .json files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="115"/>
        <source>case type &quot;%1&quot; is not set up in this cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="149"/>
        <source>could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="160"/>
        <source>could not be stored, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="174"/>
        <source>could not commit the import, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::InboxFilterBar</name>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="105"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="106"/>
        <source>Case t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="107"/>
        <source>Search case number, applicant or case type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="118"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="124"/>
        <source>Open (not decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InboxFilterBar.cpp" line="135"/>
        <source>All case types</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InboxFilterBar.cpp" line="165"/>
        <source>%1 of %Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench::InboxModel</name>
    <message>
        <location filename="../model/InboxModel.cpp" line="443"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="447"/>
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="449"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="451"/>
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="453"/>
        <source>Decided; the deadline was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="459"/>
        <source>%n person(s) in the household</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="462"/>
        <source>All attachments present</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/InboxModel.cpp" line="463"/>
        <source>%n attachment(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="512"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="514"/>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="516"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="518"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="520"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="522"/>
        <source>Earliest deadline of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="522"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="524"/>
        <source>Number of people in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="525"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/InboxModel.cpp" line="527"/>
        <source>Missing attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>casebench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Import applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Import application files (JSON) into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Import every application file (JSON) in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Close the cache and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Read the inbox from the cache again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Case &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;About casebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Case %1 is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Import a folder of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Import applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Applications (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Reading and checking the applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>%n case(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>About casebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>&lt;h3&gt;casebench %1&lt;/h3&gt;&lt;p&gt;A workbench for municipal caseworkers: proposals are prepared by rules, decisions are made by people.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;br&gt;Cache schema version %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::Money</name>
    <message>
        <location filename="../model/Money.cpp" line="36"/>
        <source>amount must be whole kronor as a JSON integer or a decimal string such as &quot;12500.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="44"/>
        <source>amounts are whole kronor or a decimal string (&quot;12500.50&quot;), never a JSON number with a fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="51"/>
        <source>amount &quot;%1&quot; is not a decimal such as &quot;12500&quot; or &quot;12500.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="54"/>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="74"/>
        <source>amount &quot;%1&quot; uses a decimal comma; write a decimal point (&quot;12500.50&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Money.cpp" line="83"/>
        <source>amount &quot;%1&quot; has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::NewPassphraseFields</name>
    <message>
        <location filename="../ui/NewPassphraseFields.cpp" line="60"/>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewPassphraseFields.cpp" line="61"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewPassphraseFields.cpp" line="71"/>
        <source>At least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewPassphraseFields.cpp" line="73"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::Personnummer</name>
    <message>
        <location filename="../model/Personnummer.cpp" line="88"/>
        <source>the twelve-digit form is written with &apos;-&apos; or no separator; &apos;+&apos; belongs to the ten-digit form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="121"/>
        <source>impossible birth date in samordningsnummer (day minus 60 is not a day of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="123"/>
        <source>impossible birth date (no such month or day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="127"/>
        <source>birth date lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Personnummer.cpp" line="134"/>
        <source>wrong check digit (the last digit does not match the Luhn check over the other nine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="55"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="56"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="57"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="58"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="59"/>
        <source>Closes the cache and asks for the passphrase again when no one has used casebench for this many minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::SchemaMigrations</name>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="116"/>
        <source>Could not create the schema version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="123"/>
        <source>The cache has schema version %1, newer than this program understands (%2). Update casebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="134"/>
        <source>Could not start a transaction for migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="142"/>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="153"/>
        <source>Could not record migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::SpecReader</name>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="420"/>
        <source>a field spec must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="429"/>
        <source>&quot;path&quot; must be a dotted path of lower-case names, e.g. &quot;incomes[].amount&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="434"/>
        <source>person fields cannot be nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="441"/>
        <source>unknown field type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="448"/>
        <source>needs a Swedish and an English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="454"/>
        <source>an array needs &quot;items&quot;: the type of each item (not array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="470"/>
        <source>an enum needs a list of non-empty codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="472"/>
        <source>&quot;values&quot; belongs to enum fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="477"/>
        <source>&quot;format&quot; is one of %1 on string fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="488"/>
        <source>must be a decimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="495"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="501"/>
        <source>bounds belong to integer, amount, rate and decimal fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="508"/>
        <source>&quot;not_before&quot; belongs to date fields outside arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="513"/>
        <source>&quot;refers_to&quot;: &quot;person&quot; belongs to integer fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationSchema.cpp" line="522"/>
        <source>unknown key in a field spec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::SqlCipherDriver</name>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="107"/>
        <source>Could not open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="119"/>
        <source>Could not set the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="124"/>
        <source>Could not select SQLCipher 4 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="131"/>
        <source>Wrong passphrase or not a casebench cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="173"/>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="178"/>
        <source>Could not commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="183"/>
        <source>Could not roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherDriver.cpp" line="279"/>
        <source>Could not change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::SqlCipherResult</name>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="127"/>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="135"/>
        <source>Could not prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="140"/>
        <source>The statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="148"/>
        <source>Only one statement can be executed at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="170"/>
        <source>Parameter count mismatch: the statement has %1, %2 were bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="200"/>
        <source>Value %1 of parameter %2 does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="239"/>
        <source>Parameter %1 has a type the cache cannot store (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="253"/>
        <source>Could not bind parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="265"/>
        <source>No statement was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="298"/>
        <source>Could not execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlcipher/SqlCipherResult.cpp" line="365"/>
        <source>Could not read the next row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="148"/>
        <source>Unlock casebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="149"/>
        <source>&amp;Cache file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="150"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="151"/>
        <source>Create a &amp;new cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="152"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="160"/>
        <source>New cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="160"/>
        <source>Open cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="162"/>
        <source>casebench cache (*.cache);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="182"/>
        <source>Choose a passphrase for the new cache. Everything in it is encrypted with this passphrase; without it the data cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="185"/>
        <source>Enter the passphrase of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="186"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="186"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DmnReader</name>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="683"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn::Parser</name>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="63"/>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="67"/>
        <source>the root element is not a DMN &lt;definitions&gt; (namespace &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="223"/>
        <source>input data has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="310"/>
        <source>decision has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="342"/>
        <source>business knowledge model has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="369"/>
        <source>decision service has no output decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="451"/>
        <source>only the last context entry may lack a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="476"/>
        <source>invocation names no function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="493"/>
        <source>relation row has %1 cells for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="535"/>
        <source>&lt;%1&gt; has no &lt;%2&gt; expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="563"/>
        <source>unknown hit policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="574"/>
        <source>unknown aggregation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="576"/>
        <source>an aggregation needs the COLLECT hit policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="636"/>
        <source>decision table has no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="642"/>
        <source>an output of a multi-output decision table has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="648"/>
        <source>a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="648"/>
        <source>rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="650"/>
        <source>%1 has %2 input entries for %3 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnReader.cpp" line="658"/>
        <source>%1 has %2 output entries for %3 outputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::feel::CallContext</name>
    <message>
        <location filename="../automation/feel/CallContext.cpp" line="57"/>
        <source>Evaluation nested deeper than %1 levels; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/CallContext.cpp" line="79"/>
        <source>Evaluation took more than %1 steps; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::feel::Lexer</name>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="118"/>
        <source>Comment is not closed with */.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="187"/>
        <source>\u must be followed by 4 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="188"/>
        <source>\U must be followed by 6 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="192"/>
        <source>\U names a code point beyond U+10FFFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="203"/>
        <source>Unknown escape sequence in string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="207"/>
        <source>String is not closed with a double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="299"/>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::feel::Parser</name>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="150"/>
        <source>the end of the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="158"/>
        <source>Expected %1 but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="166"/>
        <source>Expected &apos;%1&apos; but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="208"/>
        <location filename="../automation/feel/Parser.cpp" line="309"/>
        <location filename="../automation/feel/Parser.cpp" line="498"/>
        <source>Expression is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="243"/>
        <source>The expression is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="248"/>
        <source>Unexpected %1 after the end of the expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="256"/>
        <source>The unary tests are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="285"/>
        <location filename="../automation/feel/Parser.cpp" line="433"/>
        <location filename="../automation/feel/Parser.cpp" line="749"/>
        <source>&apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="298"/>
        <source>Unexpected %1 in unary tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="521"/>
        <source>Expected a name after &apos;.&apos; but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="540"/>
        <source>&apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="583"/>
        <source>Expected a parameter name and &apos;:&apos; (do not mix named and positional arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="595"/>
        <source>&apos;)&apos; or &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="650"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="665"/>
        <source>Expected a string after &apos;@&apos;, as in @&quot;2024-01-31&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="706"/>
        <source>Expected an expression but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="733"/>
        <source>Expected an expression but found the keyword &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="778"/>
        <source>&apos;]&apos; or &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="790"/>
        <source>Expected &apos;..&apos; in the range but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="810"/>
        <source>Expected &apos;]&apos;, &apos;)&apos; or &apos;[&apos; to close the range but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="838"/>
        <source>Expected a context key (a name or a string) but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="840"/>
        <source>&apos;:&apos; after the context key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="843"/>
        <source>The context has two entries named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="851"/>
        <source>&apos;}&apos; or &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="877"/>
        <location filename="../automation/feel/Parser.cpp" line="909"/>
        <source>Expected the name of the iteration variable but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="936"/>
        <source>Expected a parameter name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="945"/>
        <source>Two parameters are named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="951"/>
        <source>&apos;)&apos; after the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="965"/>
        <source>Type is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="970"/>
        <source>Expected a type name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="979"/>
        <location filename="../automation/feel/Parser.cpp" line="1005"/>
        <location filename="../automation/feel/Parser.cpp" line="1021"/>
        <source>&apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="991"/>
        <source>Expected a context entry name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="996"/>
        <source>&apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1021"/>
        <source>&apos;-&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
