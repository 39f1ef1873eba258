<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="31"/>
        <source>%n event(s) checked: chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AuditCommand.cpp" line="36"/>
        <source>%n event(s) checked before the break</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../model/CaseStatus.cpp" line="37"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="39"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="41"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="43"/>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseStatus.cpp" line="45"/>
        <source>Needs manual handling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPeriod</name>
    <message>
        <location filename="../model/ChartPeriod.cpp" line="52"/>
        <source>w. %1 %2</source>
        <extracomment>ISO week label in charts: %1 week number, %2 the week&apos;s year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalOutcome</name>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="101"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="103"/>
        <source>Partial grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="105"/>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="107"/>
        <source>Request for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProposalDisplay.cpp" line="109"/>
        <source>Manual assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePackHash</name>
    <message>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="18"/>
        <source>folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="28"/>
        <source>symbolic links are not allowed in a rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="41"/>
        <location filename="../automation/rulepack/RulePackHash.cpp" line="48"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePackStatus</name>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="197"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="199"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="201"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <location filename="../model/UserRole.cpp" line="33"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/UserRole.cpp" line="35"/>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/UserRole.cpp" line="37"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="71"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="72"/>
        <source>The encrypted cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="75"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="76"/>
        <location filename="../app/CommandLine.cpp" line="99"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>Language: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="77"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="79"/>
        <source>Act as LOGIN, a user of the cache (default: your login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="84"/>
        <source>demo: number of applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="85"/>
        <location filename="../app/CommandLine.cpp" line="111"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86"/>
        <source>demo: random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="89"/>
        <source>demo: write application files into DIR instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="89"/>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="92"/>
        <source>demo: also D days of decided cases (synthetic history for the charts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="92"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="96"/>
        <source>import: import the valid files of a batch with bad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="98"/>
        <source>rekey: read the new passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>propose: a rule pack folder, or a folder of them (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="103"/>
        <source>propose: include the DMN trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="105"/>
        <source>pack activate: first application date the pack applies to; pack whatif: cases decided on or after DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <location filename="../app/CommandLine.cpp" line="109"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="109"/>
        <source>pack whatif: cases decided on or before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="111"/>
        <source>pack whatif: the N most recently decided cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="118"/>
        <source>one of the commands above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="209"/>
        <source>--from must be a date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="218"/>
        <source>--to must be a date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="225"/>
        <source>--last must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="236"/>
        <source>pack needs one of list, import, export, activate, retire, whatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="240"/>
        <source>pack %1 takes %2 argument(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="244"/>
        <source>pack activate needs --from DATE: the first application date it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="249"/>
        <source>--last and --to belong to pack whatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>audit takes verify, or show with an optional CASE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="263"/>
        <source>%1 needs at least one FILE or DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="118"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="138"/>
        <source>--user: &quot;%1&quot; is not a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="147"/>
        <source>--log-level: unknown level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="156"/>
        <source>Unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="163"/>
        <source>--%1 belongs to the %2 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="181"/>
        <source>--history-days belongs to the demo command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="186"/>
        <source>--history-days must be a whole number from 0 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="191"/>
        <source>--cases must be a whole number from 0 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="196"/>
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="269"/>
        <source>%1 takes no further arguments (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CacheOpener.cpp" line="23"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="49"/>
        <source>Cache:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="50"/>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="51"/>
        <source>SQLCipher:      %1 (SQLite %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="54"/>
        <source>Cases:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="71"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="81"/>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="96"/>
        <source>Wrote %1 application files to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="124"/>
        <source>Stored %1 demo cases in %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="139"/>
        <source>Stored a decided history of %1 days: %2 cases, %3 decided (%4 overridden), %5 returned, %6 still open (%7 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="177"/>
        <source>%1: case %2 is already in the cache; not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="181"/>
        <source>%1: case %2 is also in %3; imported once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="185"/>
        <source>%1 files: %2 valid, %3 invalid, %4 duplicates; %5 cases imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="193"/>
        <source>Nothing was imported because of the invalid files (use --skip-invalid to import the valid ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="311"/>
        <source>%1 received cases: %2 proposed, %3 need manual handling (could not be evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/HeadlessCommands.cpp" line="350"/>
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
    <message>
        <location filename="../app/ActingUser.cpp" line="27"/>
        <source>The user &quot;%1&quot; is deactivated in this cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ActingUser.cpp" line="41"/>
        <source>There is no user &quot;%1&quot; in this cache (use --user LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="39"/>
        <source>The audit chain is broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="75"/>
        <source>audit needs verify or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="45"/>
        <source>%1 is %2; only an administrator may change rule packs and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="56"/>
        <source>&quot;%1&quot; is not a pack id (see casebench pack list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="65"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="66"/>
        <source>PACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="67"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="68"/>
        <location filename="../app/PackCommands.cpp" line="261"/>
        <source>CASE TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="69"/>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="70"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="71"/>
        <source>APPLIES FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="72"/>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="77"/>
        <source>activated by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="79"/>
        <source>retired by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="81"/>
        <source>imported by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="121"/>
        <source>%1: cannot be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="123"/>
        <source>%1: %2 %3 → %4 %5 (decided %6 %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="130"/>
        <source>%1 %2 over %3 decided cases: %4 evaluated, %5 change outcome, %6 change amount, %7 cannot be evaluated; amount difference %8 kr (%9 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="170"/>
        <source>%1: not imported; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="174"/>
        <source>%1 %2 (%3, valid %4 – %5) stored as %6, id %7, hash %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="191"/>
        <source>Pack %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="202"/>
        <source>%1 %2 is active for %3 from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="212"/>
        <source>%1 %2 is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="215"/>
        <source>Unknown pack command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="233"/>
        <source>settings takes no arguments, or: set TYPE deadline-days N | set TYPE spot-check PERMILLE|pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="246"/>
        <source>unknown setting &quot;%1&quot; (deadline-days or spot-check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="250"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="256"/>
        <source>&quot;%1&quot; is not a rate in per mille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="262"/>
        <source>DEADLINE DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="263"/>
        <source>SPOT CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="269"/>
        <source>%1 ‰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/PackCommands.cpp" line="270"/>
        <source>the pack&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="161"/>
        <source>the application has no value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="44"/>
        <source>The %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="39"/>
        <source>empty entry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="41"/>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="46"/>
        <source>path leads outside the pack (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="49"/>
        <source>not a plain relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="91"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="157"/>
        <source>unknown case type &quot;%1&quot;; the cache knows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="88"/>
        <source>Could not read case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="90"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="106"/>
        <source>Case %1 is decided; decided cases are read-only — reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="46"/>
        <source>period_start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="46"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="58"/>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="58"/>
        <location filename="../model/ChartCsv.cpp" line="107"/>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="58"/>
        <source>open_at_end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="69"/>
        <source>confirmed_unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="69"/>
        <location filename="../model/ChartCsv.cpp" line="82"/>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="70"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="70"/>
        <source>manual_handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="70"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="82"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="82"/>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>override_rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="83"/>
        <source>spot_checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="83"/>
        <source>spot_check_failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="84"/>
        <source>automation_errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="97"/>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="107"/>
        <source>median_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="107"/>
        <source>p90_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="108"/>
        <source>decided_past_deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>case_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>case_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="119"/>
        <source>due_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartCsv.cpp" line="120"/>
        <source>days_late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartQueries.cpp" line="91"/>
        <source>Could not prepare a chart query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartQueries.cpp" line="95"/>
        <source>A chart query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartQueries.cpp" line="106"/>
        <source>The date range is empty: the first day must not be after the last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ActivatePackDialog</name>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="17"/>
        <source>Activate rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="28"/>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="30"/>
        <source>Applies to applications dated &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="56"/>
        <source>further notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ActivatePackDialog.cpp" line="57"/>
        <source>%1 version %2 will decide every %3 application dated from %4 until %5. Proposals already made are not changed. The activation is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::AdministrationView</name>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="64"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="65"/>
        <source>Import .&amp;zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="66"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="67"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="68"/>
        <source>&amp;Compare with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="69"/>
        <source>&amp;What-if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="70"/>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="71"/>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="83"/>
        <source>&amp;Save as new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="84"/>
        <source>Export &amp;DMN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="85"/>
        <source>What-if of this dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="86"/>
        <source>Compare with &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="96"/>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="97"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="98"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="99"/>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="100"/>
        <source>Case types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="181"/>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="216"/>
        <source>Import rule pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="224"/>
        <source>Import rule pack archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="225"/>
        <source>Rule pack archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AdministrationView.cpp" line="235"/>
        <source>Not imported: %n problem(s) found; nothing was stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="239"/>
        <source>Imported %1 as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="251"/>
        <source>The pack could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="256"/>
        <source>The pack could not be opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="261"/>
        <source>Editing %1; saving makes a new draft version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="279"/>
        <location filename="../ui/admin/AdministrationView.cpp" line="370"/>
        <location filename="../ui/admin/AdministrationView.cpp" line="415"/>
        <source>The draft could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AdministrationView.cpp" line="285"/>
        <source>Version %1 was not stored: %n problem(s) found. Correct the tables or the pack&apos;s examples.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="291"/>
        <source>Saved %1 as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="301"/>
        <source>Export DMN into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="318"/>
        <source>The DMN was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="321"/>
        <location filename="../ui/admin/AdministrationView.cpp" line="345"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="332"/>
        <source>Export rule pack into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="342"/>
        <source>The pack was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="354"/>
        <source>The pack could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="375"/>
        <source>The draft does not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="378"/>
        <source>%1 version %2 (unsaved edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="395"/>
        <source>%1 is the first stored version of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="419"/>
        <source>%1 (unsaved edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="438"/>
        <source>Not activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="442"/>
        <source>%1 is active for applications dated from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="455"/>
        <source>Retire rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="456"/>
        <source>Retire %1? From today, %2, it decides no %3 application; proposals already made keep naming it. The retirement is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="468"/>
        <source>Not retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdministrationView.cpp" line="471"/>
        <source>%1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationContext</name>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="78"/>
        <source>a number with a fraction or beyond 2^53; write it as a decimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="89"/>
        <source>not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="100"/>
        <source>not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ApplicationContext.cpp" line="106"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ApplicationReader</name>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="336"/>
        <source>is a folder, not an application file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="340"/>
        <location filename="../model/ApplicationReader.cpp" line="357"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="346"/>
        <location filename="../model/ApplicationReader.cpp" line="352"/>
        <location filename="../model/ApplicationReader.cpp" line="368"/>
        <source>is larger than %1 MB; an application is a few kilobytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="382"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="390"/>
        <source>must hold one JSON object (an application), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="391"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="391"/>
        <source>a bare value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="404"/>
        <source>&quot;%1&quot; is not a format this version reads; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="411"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="414"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="417"/>
        <source>may hold only letters A-Z a-z, digits and - / . _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="429"/>
        <source>unknown case type &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="448"/>
        <source>needs a time zone offset (&quot;Z&quot; or &quot;+01:00&quot;), e.g. 2026-11-02T09:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="450"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with offset, e.g. 2026-11-02T09:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="455"/>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="459"/>
        <source>the offset lies outside -14:00…+14:00, the range of real time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="481"/>
        <source>lies before the date the application was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="494"/>
        <location filename="../model/ApplicationReader.cpp" line="539"/>
        <location filename="../model/ApplicationReader.cpp" line="558"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="505"/>
        <source>must be an array of persons, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="523"/>
        <source>is the same personnummer as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="529"/>
        <source>an applicant has at most one partner in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="543"/>
        <source>must be an array of attachments, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ApplicationReader.cpp" line="567"/>
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
    <name>casebench::AuditEventCode</name>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="26"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="28"/>
        <source>Proposed by the automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="30"/>
        <source>Automation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="32"/>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="34"/>
        <source>Review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="36"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="38"/>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="40"/>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="42"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="44"/>
        <source>Letter produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="46"/>
        <source>Rule pack imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="48"/>
        <source>Rule pack activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="50"/>
        <source>Rule pack retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="52"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditEventCode.cpp" line="54"/>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::AuditTrail</name>
    <message>
        <location filename="../model/AuditTrail.cpp" line="92"/>
        <source>An audit event needs the acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="94"/>
        <source>An audit event needs its event code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="113"/>
        <source>Could not read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="154"/>
        <location filename="../model/AuditTrail.cpp" line="157"/>
        <source>Could not record the audit event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="170"/>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="180"/>
        <source>event %1 is missing (the next stored event is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="188"/>
        <source>event %1 does not link to the event before it (prev_hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AuditTrail.cpp" line="199"/>
        <source>event %1 was changed after it was recorded (its hash does not match its fields)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::AutomationErrorRepository</name>
    <message>
        <location filename="../model/AutomationErrorRepository.cpp" line="33"/>
        <source>Could not record the automation error of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/AutomationErrorRepository.cpp" line="40"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::BreakdownModel</name>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="57"/>
        <source>Norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="59"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="61"/>
        <source>Income (deducted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="81"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="83"/>
        <source>nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="111"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="113"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="115"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="117"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BreakdownModel.cpp" line="119"/>
        <source>Legal ground</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CacheDatabase</name>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="67"/>
        <location filename="../model/CacheDatabase.cpp" line="161"/>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="72"/>
        <source>There is no cache at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="74"/>
        <source>A file already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="76"/>
        <source>%1 is a folder, not a cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="79"/>
        <source>%1 is an unencrypted SQLite file; casebench keeps personal data only in encrypted caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="84"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="99"/>
        <source>Wrong passphrase or not a casebench cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="101"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="108"/>
        <source>SQLCipher 4 or newer is required; this build links %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="109"/>
        <source>no SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="114"/>
        <source>Could not prepare the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="124"/>
        <source>Could not record the creator of %1 as its administrator: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="131"/>
        <source>%1 was written unencrypted; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="166"/>
        <source>Could not change the passphrase of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CacheDatabase.cpp" line="167"/>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseDecisions</name>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="192"/>
        <source>Case %1 has no proposal to confirm; decide it with an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="197"/>
        <source>The proposal of case %1 is &quot;%2&quot;, not a decision; return the case for completion or decide it with an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="222"/>
        <source>The outcome must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="226"/>
        <source>The amount must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="228"/>
        <source>A refusal (avslag) pays no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="230"/>
        <source>The justification must be at least %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="235"/>
        <source>The override is the same as the proposal; confirm the proposal instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="258"/>
        <source>Name at least one thing the applicant must send in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="270"/>
        <source>Only an active user of this cache can decide cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="274"/>
        <location filename="../model/CaseDecisions.cpp" line="373"/>
        <location filename="../model/CaseDecisions.cpp" line="417"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="282"/>
        <source>Case %1 has not been through the automation yet; run it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="321"/>
        <location filename="../model/CaseDecisions.cpp" line="358"/>
        <source>Could not record the decision on case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="366"/>
        <source>Only an active user of this cache can reopen cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="370"/>
        <source>Say why the case is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="379"/>
        <source>Case %1 is not decided or returned; there is nothing to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="390"/>
        <location filename="../model/CaseDecisions.cpp" line="407"/>
        <source>Could not reopen case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="414"/>
        <source>Only a user of this cache can open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="434"/>
        <source>Could not record the review of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="440"/>
        <source>Could not record that case %1 was viewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseDetailsPanel</name>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="110"/>
        <location filename="../ui/CaseDetailsPanel.cpp" line="143"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="112"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="114"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="116"/>
        <source>Other adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="123"/>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="125"/>
        <source>Completion due from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="131"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="132"/>
        <source>Close the case details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="134"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="139"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="142"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="144"/>
        <source>Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="145"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="147"/>
        <source>Application for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="148"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseDetailsPanel.cpp" line="148"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="153"/>
        <source>Others in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="162"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="164"/>
        <source>None listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="168"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="168"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="177"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="179"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseDetailsPanel.cpp" line="192"/>
        <source>Application as received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseHistoryModel</name>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="74"/>
        <source>Hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="87"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="89"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="91"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="93"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseHistoryModel.cpp" line="95"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseLetters</name>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="70"/>
        <source>The rule pack %1 %2 that made the proposal is not installed, so its letter template is not at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="77"/>
        <source>No rule packs are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="85"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/CaseLetters.cpp" line="88"/>
        <source>The decision&apos;s outcome &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseRepository</name>
    <message>
        <location filename="../model/CaseRepository.cpp" line="97"/>
        <source>Could not store case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="115"/>
        <source>Could not store the household of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="130"/>
        <source>Could not store the attachments of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="142"/>
        <source>Could not store the deadlines of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="241"/>
        <source>Could not change the status of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseRepository.cpp" line="243"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseTypeSettings</name>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="73"/>
        <source>deadline days must be from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="85"/>
        <source>the spot-check rate must be from 0 to %1 per mille, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="102"/>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="108"/>
        <source>cannot read the case type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="110"/>
        <source>unknown case type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseTypeSettings.cpp" line="122"/>
        <location filename="../model/CaseTypeSettings.cpp" line="133"/>
        <source>cannot change the setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseTypeSettingsView</name>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="18"/>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="18"/>
        <source>Deadline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="19"/>
        <source>Spot check (‰, empty = the pack&apos;s rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="63"/>
        <source>Write a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CaseTypeSettingsView.cpp" line="70"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::CaseView</name>
    <message>
        <location filename="../ui/CaseView.cpp" line="281"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="283"/>
        <source>Confirm proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="284"/>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="285"/>
        <source>Return for completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="286"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="287"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="288"/>
        <source>Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="289"/>
        <source>Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="290"/>
        <source>Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="291"/>
        <location filename="../ui/CaseView.cpp" line="307"/>
        <source>Back to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="292"/>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="293"/>
        <source>Record the decision as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="294"/>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="296"/>
        <source>Decide another outcome or amount, with a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="297"/>
        <source>Return for co&amp;mpletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="299"/>
        <source>Ask the applicant for what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="300"/>
        <source>R&amp;eopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="302"/>
        <source>Reopen a decided case (the reason is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="303"/>
        <source>Le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="305"/>
        <source>Show the letter of the decision, export it as PDF or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="306"/>
        <source>Back to inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="308"/>
        <source>Show how the rules reached the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="309"/>
        <source>Next case in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="310"/>
        <source>Previous case in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="311"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="312"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="313"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="314"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="315"/>
        <source>&lt;b&gt;Completeness and triage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="316"/>
        <source>&lt;b&gt;Reasons&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="317"/>
        <source>&lt;b&gt;Amount breakdown&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="318"/>
        <source>Why? — the decisions evaluated, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="319"/>
        <source>Spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="320"/>
        <source>This case was sampled for a second review of its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="359"/>
        <source>Letter filed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="363"/>
        <location filename="../ui/CaseView.cpp" line="645"/>
        <source>No letter was filed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="365"/>
        <source>No letter is filed with this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="367"/>
        <location filename="../ui/CaseView.cpp" line="522"/>
        <source>%L1 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="367"/>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="371"/>
        <source>Confirmed as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="374"/>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="377"/>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="381"/>
        <source>%1: %2, %3 — by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="418"/>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="424"/>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="428"/>
        <source>&lt;b&gt;Decided — read-only.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="431"/>
        <source>&lt;b&gt;Returned for completion — read-only.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="440"/>
        <source>&lt;b&gt;Needs manual handling.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="441"/>
        <source>&lt;b&gt;Needs manual handling — the automation could not evaluate this case:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="453"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="453"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="453"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseView.cpp" line="484"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="495"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="495"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="495"/>
        <location filename="../ui/CaseView.cpp" line="496"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="496"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="496"/>
        <source>Legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="508"/>
        <source>No proposal yet: run the automation on the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="509"/>
        <source>No proposal for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="518"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="520"/>
        <source>&lt;b&gt;Proposed decision:&lt;/b&gt; %1 · &lt;b&gt;Amount:&lt;/b&gt; %2 · &lt;b&gt;Period:&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="522"/>
        <location filename="../ui/CaseView.cpp" line="523"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="526"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="529"/>
        <source>Manual handling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="532"/>
        <source>Complete; no reason for manual handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="540"/>
        <source>Rule pack %1, version %2&lt;br&gt;&lt;small&gt;SHA-256 %3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="573"/>
        <source>%1 confirmed as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="597"/>
        <source>%1 decided: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="617"/>
        <source>%1 returned to the applicant for completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="635"/>
        <source>%1 reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="676"/>
        <source>No letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="677"/>
        <source>There is no letter for this decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="692"/>
        <source>The decision was not saved</source>
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
    <name>casebench::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="22"/>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="23"/>
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="26"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="27"/>
        <source>Save the numbers behind this chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="68"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="69"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="71"/>
        <location filename="../ui/charts/ChartPanel.cpp" line="80"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="71"/>
        <location filename="../ui/charts/ChartPanel.cpp" line="80"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="77"/>
        <source>Save chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ChartRuleModel</name>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="70"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="72"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="74"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="76"/>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ChartRuleModel.cpp" line="78"/>
        <source>Override rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ChartsView</name>
    <message>
        <location filename="../ui/ChartsView.cpp" line="48"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="169"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="170"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="171"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="188"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="198"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="199"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="200"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="201"/>
        <source>Case &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="202"/>
        <source>Rule &amp;pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="203"/>
        <source>Case&amp;worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="209"/>
        <source>Cases decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="209"/>
        <source>Handled without change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="210"/>
        <source>Median lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="210"/>
        <source>Override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="210"/>
        <source>Past deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="255"/>
        <source>Double-click a rule to list the cases where it was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="265"/>
        <source>List cases past deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="281"/>
        <source>Throughput: received, decided, open queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="286"/>
        <source>Automation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="290"/>
        <source>Override rate, spot-check failures, automation errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="295"/>
        <source>Lead time from receipt to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="299"/>
        <source>Most overridden rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="303"/>
        <source>Cases past deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="361"/>
        <source>All case types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="362"/>
        <source>All rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="363"/>
        <source>All caseworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartsView.cpp" line="442"/>
        <source>%n period(s); figures computed in %1 ms, drawn in %2 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="466"/>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;decided after their deadline in the range&lt;br&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;open and past their deadline today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="477"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="478"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="494"/>
        <source>Open queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="499"/>
        <location filename="../ui/ChartsView.cpp" line="573"/>
        <location filename="../ui/ChartsView.cpp" line="628"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="511"/>
        <source>Confirmed unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="512"/>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="513"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="514"/>
        <source>Manual handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="534"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="544"/>
        <source>Spot-check failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="545"/>
        <source>Automation errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="557"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="560"/>
        <source>no decided proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="568"/>
        <source>Override rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="575"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="587"/>
        <source>Decided past deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="604"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="605"/>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartsView.cpp" line="616"/>
        <source>Deadline (%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="627"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="651"/>
        <source>Cases where %1 (%2) was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChartsView.cpp" line="665"/>
        <source>Cases past their deadline, most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ChartsView.cpp" line="678"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebench::DecisionLetter</name>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="298"/>
        <source>A manual assessment is not a decision: a caseworker assesses and decides the case, and the letter is produced for that decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="327"/>
        <source>The rule pack %1 %2 has no letter template for the outcome %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="336"/>
        <source>The letter has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="338"/>
        <source>The letter has no addressee (the application names no applicant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="345"/>
        <source>A decision needs its reasons (förvaltningslagen 32 §); there are none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="351"/>
        <source>A decision needs the legal ground it rests on (förvaltningslagen 32 §); no reason cites one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="358"/>
        <source>A request for completion must say what is missing; nothing is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="363"/>
        <source>A request for completion must say by which date to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="375"/>
        <source>the template uses {{%1}}, but the letter has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="513"/>
        <source>Writing a PDF needs the graphical application (fonts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/DecisionLetter.cpp" line="529"/>
        <source>The PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::DecisionTableDraft</name>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="124"/>
        <source>the pack has no pack.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="290"/>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="378"/>
        <source>no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="297"/>
        <source>an input cell cannot be empty: write - to match any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="302"/>
        <source>not valid FEEL unary tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="307"/>
        <source>an output cell cannot be empty: write null for no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="312"/>
        <source>not a valid FEEL expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="323"/>
        <source>a constant must be a number, such as 3000 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="369"/>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="381"/>
        <source>no such rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="395"/>
        <source>no such cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="423"/>
        <source>no such constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/DecisionTableDraft.cpp" line="483"/>
        <source>no version to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::DecisionTableModel</name>
    <message>
        <location filename="../ui/admin/DecisionTableModel.cpp" line="153"/>
        <source>Input: FEEL unary tests, e.g. &lt; 18, [1..5], &quot;a&quot;,&quot;b&quot; or - for any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/DecisionTableModel.cpp" line="155"/>
        <source>Output: a FEEL expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/DecisionTableModel.cpp" line="157"/>
        <source>Annotation: free text, e.g. the source of a figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::DemoCaseGenerator</name>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="816"/>
        <source>Could not create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="825"/>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="843"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="849"/>
        <source>Stored %1 demo cases; the next batch failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="856"/>
        <source>Stored %1 demo cases; committing the next batch failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="875"/>
        <location filename="../model/DemoCaseGenerator.cpp" line="876"/>
        <location filename="../model/DemoCaseGenerator.cpp" line="877"/>
        <location filename="../model/DemoCaseGenerator.cpp" line="878"/>
        <source>Demo caseworker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoCaseGenerator.cpp" line="879"/>
        <source>Demo team lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::DemoHistoryGenerator</name>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="289"/>
        <source>No rule pack could evaluate the application (demo history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="318"/>
        <source>Demo history: the caseworker assessed it differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="334"/>
        <source>Demo history: new information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="347"/>
        <location filename="../model/DemoHistoryGenerator.cpp" line="355"/>
        <source>Could not store a demo decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/DemoHistoryGenerator.cpp" line="370"/>
        <source>Could not store the demo history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::FeelCellDelegate</name>
    <message>
        <location filename="../ui/admin/FeelCellDelegate.cpp" line="21"/>
        <source>Line %1, column %2: %3</source>
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
        <location filename="../model/Importer.cpp" line="57"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="66"/>
        <source>is a folder without .json files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="123"/>
        <source>case type &quot;%1&quot; is not set up in this cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="157"/>
        <source>could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="175"/>
        <source>could not be stored, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/Importer.cpp" line="189"/>
        <source>could not commit the import, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::InboxAutomation</name>
    <message>
        <location filename="../automation/pipeline/InboxAutomation.cpp" line="80"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/InboxAutomation.cpp" line="104"/>
        <source>Could not store the proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/InboxAutomation.cpp" line="119"/>
        <source>could not be read from the cache</source>
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
    <name>casebench::LetterData</name>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="72"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="75"/>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="85"/>
        <source>The proposal has no valid outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="94"/>
        <source>The proposal&apos;s period is not two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterData.cpp" line="115"/>
        <source>The proposal&apos;s breakdown line has no valid kind or amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::LetterPreviewDialog</name>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="23"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="24"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="35"/>
        <source>Request for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="36"/>
        <source>Decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="37"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="43"/>
        <source>Filed with the case on %1, dated %2. This is the letter as it was produced; Export PDF writes the stored file unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="48"/>
        <source>No letter was filed with this decision. This one is built now from the decision as recorded and is not stored with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="61"/>
        <source>Save the letter as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="63"/>
        <source>Print the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="107"/>
        <source>Export the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="126"/>
        <source>The letter was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LetterPreviewDialog.cpp" line="127"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::LetterRepository</name>
    <message>
        <location filename="../model/LetterRepository.cpp" line="31"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/LetterRepository.cpp" line="47"/>
        <source>Could not store the letter of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::LetterTemplate</name>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="80"/>
        <source>cannot read the letter template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="84"/>
        <source>the letter template is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="113"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="119"/>
        <source>&quot;{{%1}}&quot; is not a placeholder name (lower-case letters, digits, &apos;_&apos;, and &apos;.&apos; between the parts of an application path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/letters/LetterTemplate.cpp" line="125"/>
        <source>unknown placeholder {{%1}}: neither one casebench fills in (%2) nor a single-valued field of the pack&apos;s input_schema (a path, or the last part of exactly one path)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>casebench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>&amp;Import applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Import application files (JSON) into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Import every application file (JSON) in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>Close the cache and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Read the inbox from the cache again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Open the current case of the inbox (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Run &amp;automation on the inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Let the rule packs propose a decision for every received case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>A&amp;dministration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Working as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;About casebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Case %1 is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>This is the last case in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>This is the first case in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>The rule packs could not be loaded, so no case was evaluated:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>No rule pack is installed, so no case can be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="433"/>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>Run automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="445"/>
        <source>Evaluating the received cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="466"/>
        <source>Evaluating the received cases… %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>Cancelled. %L1 of %L2 received cases got a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>%L1 of %L2 received cases got a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>%n case(s) could not be evaluated and need manual handling:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Automation: %n proposal(s) stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>The automation stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>Automation finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="528"/>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Some rule packs could not be installed; their cases will need manual handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Import a folder of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="575"/>
        <source>Import applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Applications (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="596"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="597"/>
        <source>Reading and checking the applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="621"/>
        <source>%n case(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="651"/>
        <source>About casebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="652"/>
        <source>&lt;h3&gt;casebench %1&lt;/h3&gt;&lt;p&gt;A workbench for municipal caseworkers: proposals are prepared by rules, decisions are made by people.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;br&gt;Cache schema version %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ManifestParser</name>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="43"/>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="75"/>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="93"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="47"/>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="51"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="63"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="79"/>
        <source>must be an object with &quot;sv&quot; and &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="97"/>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="106"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="125"/>
        <source>must be a relative path inside the pack folder, separated by &apos;/&apos;</source>
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
    <name>casebench::OverrideDialog</name>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="25"/>
        <source>Override the proposal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="40"/>
        <location filename="../ui/OverrideDialog.cpp" line="56"/>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverrideDialog.cpp" line="44"/>
        <source>Why the decision differs from the proposal (at least %n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="52"/>
        <source>No proposal: the automation could not evaluate this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="53"/>
        <source>Proposed: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="55"/>
        <source>%L1 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="60"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="61"/>
        <source>&amp;Amount (kr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="62"/>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="64"/>
        <source>Difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="70"/>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="117"/>
        <source>Same as the proposal — change the outcome or the amount, or confirm the proposal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="121"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverrideDialog.cpp" line="122"/>
        <source>%1 of at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::OverrideDiff</name>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="139"/>
        <source>Outcome %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="140"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="142"/>
        <location filename="../model/CaseDecisions.cpp" line="143"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="144"/>
        <source>Amount %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="145"/>
        <source>amount %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/CaseDecisions.cpp" line="153"/>
        <source>Same as the proposal</source>
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
    <name>casebench::ProposalPipeline</name>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="133"/>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="149"/>
        <source>case type &quot;%1&quot; is not the rule pack&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="179"/>
        <source>the decision gave null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="180"/>
        <source>the decision gave null: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="216"/>
        <source>must be a context {lines, total}, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="230"/>
        <source>must be &quot;norm&quot;, &quot;cost&quot; or &quot;income&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="236"/>
        <source>must not be negative (the kind says whether it is deducted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="257"/>
        <source>must be a context {outcome, amount, period, reasons}, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="265"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="273"/>
        <source>must be whole kronor, not negative, or null (round in the pack); got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="290"/>
        <source>must be null or {from: date, to: date} with to not before from; got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ProposalRepository</name>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="42"/>
        <source>There is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="51"/>
        <source>Could not replace the proposal of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="73"/>
        <source>Could not store the proposal of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ProposalRepository.cpp" line="92"/>
        <source>Could not store the matched rules of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ProposeCommand</name>
    <message>
        <location filename="../automation/pipeline/ProposeCommand.cpp" line="59"/>
        <source>holds no rule pack (no pack.json here or in its subfolders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposeCommand.cpp" line="64"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposeCommand.cpp" line="101"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ReopenDialog</name>
    <message>
        <location filename="../ui/ReopenDialog.cpp" line="16"/>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReopenDialog.cpp" line="20"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReopenDialog.cpp" line="22"/>
        <source>&amp;Why is the case reopened? The reason is kept in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::ReturnForCompletionDialog</name>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="18"/>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="18"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="23"/>
        <source>Return for completion — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="33"/>
        <source>A note to the applicant (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="34"/>
        <source>Return to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="36"/>
        <source>The applicant is asked to send in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReturnForCompletionDialog.cpp" line="45"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackArchive</name>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="72"/>
        <source>not a readable .zip archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="92"/>
        <source>entry %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="97"/>
        <source>entry &quot;%1&quot; refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="105"/>
        <source>entry &quot;%1&quot; refused: symbolic links are not allowed in a rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="118"/>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="167"/>
        <source>entry &quot;%1&quot; is too large for a rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="125"/>
        <source>archive is too large for a rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="134"/>
        <source>entry &quot;%1&quot; refused: path leads outside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="142"/>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="158"/>
        <source>entry &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="148"/>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="151"/>
        <location filename="../automation/rulepack/RulePackArchive.cpp" line="172"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackDiffView</name>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="34"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="62"/>
        <source>%1 compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="78"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="80"/>
        <source>pack.json %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="84"/>
        <source>%1: rule %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="87"/>
        <source>%1: rule %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="90"/>
        <source>%1: rule %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="93"/>
        <source>%1: rule %2 moved from row %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="101"/>
        <source>%1, rule %2, %3: %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="104"/>
        <source>Constant %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="106"/>
        <source>File added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="108"/>
        <source>File removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackDiffView.cpp" line="110"/>
        <source>File changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackEditor</name>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="23"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="24"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="25"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="25"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="47"/>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="47"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="52"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackEditor.cpp" line="71"/>
        <source>Constants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackListModel</name>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="62"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="84"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="86"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="88"/>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="90"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="92"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="96"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="98"/>
        <source>Activated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RulePackListModel.cpp" line="100"/>
        <source>Activated at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackLoader</name>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="24"/>
        <source>not a rule pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="32"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="41"/>
        <source>letter template &quot;%1&quot; not found in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="49"/>
        <source>the pack has no examples/ folder; every pack must carry examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="62"/>
        <source>expected proposal without an application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="70"/>
        <source>example without its expected proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="79"/>
        <source>examples/ holds no example; every pack must carry examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackLoader.cpp" line="88"/>
        <source>DMN model &quot;%1&quot; not found in the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackManifest</name>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="204"/>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="207"/>
        <source>must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="215"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="219"/>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="225"/>
        <source>must be 1–64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="232"/>
        <source>is before valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="264"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="269"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="276"/>
        <source>must name a .dmn file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="280"/>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="331"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="287"/>
        <source>unknown stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="308"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="319"/>
        <source>not an outcome (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="334"/>
        <source>must be a whole number of days from 1 to 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackManifest.cpp" line="345"/>
        <source>must be a decimal string from &quot;0&quot; to &quot;1&quot; with at most six decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackRegistry</name>
    <message>
        <location filename="../automation/rulepack/RulePackRegistry.cpp" line="40"/>
        <source>rule pack %1 %2 (valid %3) overlaps installed pack %4 %5 (valid %6) for case type %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackRegistry.cpp" line="77"/>
        <source>no rule pack for case type &quot;%1&quot; is valid on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackStore</name>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="215"/>
        <source>not a rule pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="223"/>
        <source>symbolic links are not allowed in a rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="228"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="236"/>
        <source>not UTF-8 text; a rule pack holds text files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="254"/>
        <source>file name &quot;%1&quot; leads outside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="256"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="505"/>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="261"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="273"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="301"/>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="321"/>
        <source>not a rule pack folder or .zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="322"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="367"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="513"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="580"/>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="373"/>
        <source>rule pack %1 version %2 is already stored with other content (hash %3); give the changed pack a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="397"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="412"/>
        <source>cannot store the rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="415"/>
        <source>the stored rule pack cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="458"/>
        <source>cannot read the rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="460"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="477"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="516"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="583"/>
        <source>no stored rule pack with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="465"/>
        <source>stored rule pack %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="486"/>
        <source>stored rule pack %1 %2 does not match its content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="503"/>
        <source>the folder is not empty; export into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="518"/>
        <source>rule pack %1 %2 is %3; only a draft can be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="525"/>
        <source>rule pack %1 %2 is valid %3 – %4; it cannot apply from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="528"/>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="538"/>
        <source>rule pack %1 %2 would apply %3 – %4, which overlaps active pack %5 %6 (id %7, applies %8 – %9) for case type %10; retire that pack or end its validity first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="559"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="572"/>
        <source>cannot activate the rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="585"/>
        <source>rule pack %1 %2 is already retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="596"/>
        <location filename="../automation/rulepack/RulePackStore.cpp" line="607"/>
        <source>cannot retire the rule pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::RulePackValidation</name>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="44"/>
        <source>the model declares no input data named &quot;application&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="56"/>
        <source>decision &quot;%1&quot; is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="85"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="91"/>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="103"/>
        <source>cannot be asserted in an example (it changes with every edit of the pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="110"/>
        <source>not a field of a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/rulepack/RulePackValidation.cpp" line="114"/>
        <source>expected %1, the pack proposes %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::SchemaMigrations</name>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="430"/>
        <source>Could not create the schema version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="437"/>
        <source>The cache has schema version %1, newer than this program understands (%2). Update casebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="448"/>
        <source>Could not start a transaction for migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="456"/>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/SchemaMigrations.cpp" line="467"/>
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
    <name>casebench::StageReader</name>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="38"/>
        <source>stage %1 (decision &quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="46"/>
        <source>has no entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="60"/>
        <source>must be a non-empty string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="75"/>
        <source>&quot;%1&quot; is not listed in pack.json legal_references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="85"/>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="93"/>
        <source>must be a context, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/pipeline/ProposalPipeline.cpp" line="111"/>
        <source>must be an amount in kronor with at most two decimals, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::TraceModel</name>
    <message>
        <location filename="../ui/TraceModel.cpp" line="90"/>
        <source>Decision / input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="90"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="103"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="113"/>
        <source>matched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="118"/>
        <source>Inputs read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="123"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="130"/>
        <source>Matched rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="130"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="135"/>
        <source>Table %1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="150"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TraceModel.cpp" line="130"/>
        <source>result of step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="140"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="205"/>
        <source>Unlock casebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="206"/>
        <source>&amp;Cache file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="207"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="208"/>
        <source>Create a &amp;new cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="209"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="210"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="218"/>
        <source>New cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="218"/>
        <source>Open cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="219"/>
        <source>casebench cache (*.cache);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="238"/>
        <source>&amp;Working as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="240"/>
        <source>Your login %1 is not a user of this cache. Choose who is working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="242"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="246"/>
        <source>Choose a passphrase for the new cache. Everything in it is encrypted with this passphrase; without it the data cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="249"/>
        <source>Enter the passphrase of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="250"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="250"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::UserRepository</name>
    <message>
        <location filename="../model/UserRepository.cpp" line="60"/>
        <source>A login is 1 to 64 letters, digits or . _ @ -, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/UserRepository.cpp" line="66"/>
        <source>There is already a user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/UserRepository.cpp" line="84"/>
        <location filename="../model/UserRepository.cpp" line="96"/>
        <source>Could not add the user &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::WhatIfPanel</name>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="33"/>
        <source>Decided in a date &amp;range instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="35"/>
        <source>Run &amp;what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="51"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="51"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="51"/>
        <source>Old outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="52"/>
        <source>Old amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="52"/>
        <source>New outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="52"/>
        <source>New amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="53"/>
        <source>Decided / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="60"/>
        <source>Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="61"/>
        <source>&amp;Last decided cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="63"/>
        <source>Decided &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="64"/>
        <source>Decided &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="105"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="111"/>
        <source>Running the pack over decided cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="162"/>
        <source>The what-if run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="168"/>
        <source>%1 of %2 decided cases run: %3 would change outcome, %4 would change amount, total amount difference %5 kr; %6 could not be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/WhatIfPanel.cpp" line="177"/>
        <source>Cancelled: the counts cover the cases run so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::WhatIfRun</name>
    <message>
        <location filename="../automation/rulepack/WhatIfRun.cpp" line="83"/>
        <location filename="../automation/rulepack/WhatIfRun.cpp" line="98"/>
        <location filename="../automation/rulepack/WhatIfRun.cpp" line="147"/>
        <source>cannot read the decided cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::Workbench</name>
    <message>
        <location filename="../ui/Workbench.cpp" line="152"/>
        <source>Audit trail broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Workbench.cpp" line="153"/>
        <source>The audit trail of this cache does not verify: event %1 was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn</name>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="322"/>
        <source>cannot read the unary tests &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="323"/>
        <source>FEEL error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn::BoxedFunction</name>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="284"/>
        <source>the function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DecisionModel</name>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="541"/>
        <source>no model with namespace &quot;%1&quot; in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="601"/>
        <source>requirement &quot;%1#%2&quot; names no element of the right kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="650"/>
        <source>decisions require each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="664"/>
        <source>business knowledge models require each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="761"/>
        <source>the model has no decision &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="809"/>
        <source>the model has no decision service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="819"/>
        <source>business knowledge model &apos;%1&apos; has no logic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="826"/>
        <source>the model has no business knowledge model &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn::DecisionModel::Session</name>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="795"/>
        <source>the model has no decision &apos;%1&apos;</source>
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
    <name>casebench::dmn::DmnWriter</name>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="110"/>
        <source>the model is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="155"/>
        <source>the model declares encoding %1; only UTF-8 models can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="306"/>
        <source>no decision table with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="315"/>
        <source>every rule needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="317"/>
        <source>rule id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="319"/>
        <source>rule id %1 is already the id of another element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="323"/>
        <source>rule %1 has %2 input and %3 output entries; the table has %4 inputs and %5 outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="333"/>
        <source>rule %1 has more annotations than the table has annotation columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="508"/>
        <source>no decision or business knowledge model with this id has a literal expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DmnWriter.cpp" line="522"/>
        <source>the literal expression has no text element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::dmn::ExpressionCompiler</name>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="455"/>
        <source>cannot read the FEEL expression &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="456"/>
        <source>FEEL error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="522"/>
        <source>%1 functions are not supported</source>
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
    <name>casebench::dmn::TypeSystem</name>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="197"/>
        <source>a %1 does not conform to type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="211"/>
        <source>item definition &apos;%1&apos; refers to itself too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="235"/>
        <source>a %1 does not conform to function type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="244"/>
        <source>a %1 does not conform to structured type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="251"/>
        <source>a context lacks component &apos;%1&apos; of type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/TypeSystem.cpp" line="268"/>
        <source>%1 is not an allowed value of type &apos;%2&apos;</source>
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
    <name>casebench::feel::Evaluator</name>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="242"/>
        <source>Cannot negate a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="295"/>
        <source>Cannot compare %1 with %2 and %3 in &apos;between&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="307"/>
        <source>Unknown type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="366"/>
        <source>Unknown name &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="387"/>
        <source>&quot;%1&quot; is not a valid date, time, date and time or duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="402"/>
        <source>Cannot apply &apos;%1&apos; to %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="437"/>
        <location filename="../automation/feel/Evaluator.cpp" line="442"/>
        <location filename="../automation/feel/Evaluator.cpp" line="490"/>
        <location filename="../automation/feel/Evaluator.cpp" line="495"/>
        <source>The date is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="461"/>
        <source>Cannot subtract a date and time with a time zone and one without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="471"/>
        <source>Cannot subtract a time with a time zone and one without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="508"/>
        <location filename="../automation/feel/Evaluator.cpp" line="515"/>
        <location filename="../automation/feel/Evaluator.cpp" line="530"/>
        <location filename="../automation/feel/Evaluator.cpp" line="537"/>
        <source>The duration is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="522"/>
        <location filename="../automation/feel/Evaluator.cpp" line="543"/>
        <location filename="../automation/feel/Evaluator.cpp" line="549"/>
        <source>Division by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="556"/>
        <source>%1 ** %2 is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="569"/>
        <source>Cannot compare %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="576"/>
        <source>Cannot order %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="598"/>
        <source>A range needs at least one end point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="602"/>
        <source>The end points of a range must be of one ordered type, not %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="605"/>
        <source>The range starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="624"/>
        <source>The end point of a comparison range is null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="627"/>
        <source>The end point of a comparison range cannot be a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="885"/>
        <source>A %1 has no property &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="936"/>
        <source>&apos;%1&apos; is not a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="954"/>
        <source>External (Java/PMML) functions are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1000"/>
        <source>Iteration ranges need whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1009"/>
        <source>The iteration range is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1031"/>
        <source>Cannot iterate from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1036"/>
        <source>The iteration range has a null end point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1046"/>
        <source>Cannot iterate over an unbounded range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="1058"/>
        <source>Cannot iterate over null.</source>
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
        <location filename="../automation/feel/Lexer.cpp" line="212"/>
        <source>String is not closed with a double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Lexer.cpp" line="315"/>
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
        <location filename="../automation/feel/Parser.cpp" line="211"/>
        <location filename="../automation/feel/Parser.cpp" line="313"/>
        <location filename="../automation/feel/Parser.cpp" line="502"/>
        <source>Expression is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="247"/>
        <source>The expression is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="252"/>
        <source>Unexpected %1 after the end of the expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="260"/>
        <source>The unary tests are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="289"/>
        <location filename="../automation/feel/Parser.cpp" line="437"/>
        <location filename="../automation/feel/Parser.cpp" line="759"/>
        <source>&apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="302"/>
        <source>Unexpected %1 in unary tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="525"/>
        <source>Expected a name after &apos;.&apos; but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="544"/>
        <source>&apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="587"/>
        <source>Expected a parameter name and &apos;:&apos; (do not mix named and positional arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="599"/>
        <source>&apos;)&apos; or &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="654"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="669"/>
        <source>Expected a string after &apos;@&apos;, as in @&quot;2024-01-31&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="710"/>
        <source>Expected an expression but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="743"/>
        <source>Expected an expression but found the keyword &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="788"/>
        <source>&apos;]&apos; or &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="800"/>
        <source>Expected &apos;..&apos; in the range but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="811"/>
        <source>The range needs an end point after &apos;..&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="822"/>
        <source>Expected &apos;]&apos;, &apos;)&apos; or &apos;[&apos; to close the range but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="850"/>
        <source>Expected a context key (a name or a string) but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="852"/>
        <source>&apos;:&apos; after the context key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="855"/>
        <source>The context has two entries named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="863"/>
        <source>&apos;}&apos; or &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="889"/>
        <location filename="../automation/feel/Parser.cpp" line="921"/>
        <source>Expected the name of the iteration variable but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="948"/>
        <source>Expected a parameter name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="957"/>
        <source>Two parameters are named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="963"/>
        <source>&apos;)&apos; after the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="977"/>
        <source>Type is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="982"/>
        <source>Expected a type name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="991"/>
        <location filename="../automation/feel/Parser.cpp" line="1017"/>
        <location filename="../automation/feel/Parser.cpp" line="1033"/>
        <source>&apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1003"/>
        <source>Expected a context entry name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1008"/>
        <source>&apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Parser.cpp" line="1033"/>
        <source>&apos;-&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::feel::UserFunction</name>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="79"/>
        <source>The function has no parameter named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="81"/>
        <source>The function takes %1 argument(s) but was given more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Evaluator.cpp" line="105"/>
        <source>Parameter &apos;%1&apos; must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::feel::builtinlib</name>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="39"/>
        <source>m must be a context and key a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="49"/>
        <source>m must be a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="68"/>
        <source>entries must be contexts with a string key and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="70"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="82"/>
        <source>context must be a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="86"/>
        <source>key must be a string and keys a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="91"/>
        <source>key must be a string or list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="95"/>
        <source>keys must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="98"/>
        <source>the key path does not lead to a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsContext.cpp" line="114"/>
        <source>contexts must be contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="21"/>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="27"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="98"/>
        <source>from must be a string, date or date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="39"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="42"/>
        <source>year, month and day must be integers of a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="54"/>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="60"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="139"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="183"/>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="147"/>
        <source>from must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="74"/>
        <location filename="../automation/feel/BuiltinsTemporal.cpp" line="30"/>
        <source>date must be a date or date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="76"/>
        <source>time must be a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="89"/>
        <source>&apos;%1&apos; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="109"/>
        <source>hour, minute and second must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="119"/>
        <source>offset must be a days and time duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="123"/>
        <source>hour, minute or second out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="127"/>
        <source>offset out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="144"/>
        <source>&apos;%1&apos; is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="164"/>
        <source>from and to must be dates or date and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="189"/>
        <source>grouping separator must be &apos; &apos;, &apos;,&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="194"/>
        <source>decimal separator must be &apos;,&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="198"/>
        <source>grouping and decimal separator must differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="204"/>
        <location filename="../automation/feel/BuiltinsConversion.cpp" line="209"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="56"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="212"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="375"/>
        <source>the items cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="152"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="161"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="169"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="180"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="194"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="197"/>
        <source>the items must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="250"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="192"/>
        <source>start position is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="255"/>
        <source>length is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="277"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="337"/>
        <source>the arguments must be lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="293"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="305"/>
        <location filename="../automation/feel/BuiltinsList.cpp" line="419"/>
        <source>position is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="379"/>
        <source>precedes must be a function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="382"/>
        <source>precedes must take two parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="395"/>
        <source>precedes must return true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="407"/>
        <source>match must take two parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsList.cpp" line="411"/>
        <source>match must return true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="22"/>
        <source>n must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="27"/>
        <source>scale must be an integer from -6111 to 6176</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="41"/>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="55"/>
        <source>the argument must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="44"/>
        <source>undefined for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="57"/>
        <source>the argument must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="97"/>
        <source>n must be a number or a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="106"/>
        <source>dividend and divisor must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsNumeric.cpp" line="109"/>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="89"/>
        <source>not defined for a %1 and a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="91"/>
        <source>the points cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="150"/>
        <source>&apos;%1&apos; is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsRange.cpp" line="186"/>
        <source>the end points of &apos;%1&apos; are of different types or descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="34"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="275"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="293"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="324"/>
        <source>the arguments must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="66"/>
        <source>unknown regular expression flag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="112"/>
        <source>invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="187"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="211"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="220"/>
        <location filename="../automation/feel/BuiltinsString.cpp" line="228"/>
        <source>string must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="198"/>
        <source>length must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="308"/>
        <source>the pattern matches an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="313"/>
        <source>invalid replacement string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="340"/>
        <source>the delimiter matches an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="355"/>
        <source>delimiter must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/BuiltinsString.cpp" line="363"/>
        <source>list must contain only strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::feel::builtinlib::BuiltinFunction</name>
    <message>
        <location filename="../automation/feel/Builtins.cpp" line="40"/>
        <source>cannot be called with %1 argument(s); parameters are (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/feel/Builtins.cpp" line="77"/>
        <source>has no parameters named (%1); parameters are (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::tck::Parser</name>
    <message>
        <location filename="../automation/tck/TestCaseReader.cpp" line="50"/>
        <source>the root element is not &lt;testCases&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebench::tck::TestCaseReader</name>
    <message>
        <location filename="../automation/tck/TestCaseReader.cpp" line="207"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feel</name>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="156"/>
        <source>the invoked name is not a function but a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="247"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="254"/>
        <source>%1 takes %2 arguments, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="323"/>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="394"/>
        <source>the condition is a %1, not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/CompiledExpression.cpp" line="364"/>
        <source>the filter condition is a %1, not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="248"/>
        <source>decisions require each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="281"/>
        <source>decision &apos;%1&apos; has no logic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="321"/>
        <source>decision service &apos;%1&apos; names an unknown output decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="416"/>
        <source>decision service &apos;%1&apos; has no parameter &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionModel.cpp" line="423"/>
        <source>decision service &apos;%1&apos; takes %2 arguments, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="97"/>
        <source>input %1 value %2 is not among the input values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="127"/>
        <source>%1 rules match in a UNIQUE table (rules %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="137"/>
        <source>rules %1 of an ANY table match with different outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../automation/dmn/DecisionTableEvaluator.cpp" line="264"/>
        <source>the built-in function %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
