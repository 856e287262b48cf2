<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Applier</name>
    <message>
        <source>Unknown mutation %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation of the batch failed; the batch was rolled back and must be redone one mutation at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Args</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: shoulou-cli COMMAND [options]

Commands:
  import FILE --db DB [--channel NAME] [--mapping M.json] [--sheet NAME] [--report OUT.csv]
  search --db DB [--limit N] QUERY...
  demo --db DB --customers N [--seed S]
  customer show|merge|unmerge|reviews|resolve ... --db DB

Run &apos;shoulou-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 bad input, 2 wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Sales office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the GB18030 converter is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of &quot;%1&quot; is longer than 16 MiB; a quote is probably never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row of &quot;%1&quot; has an invalid %2 byte sequence at byte offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the record starting at byte offset %2 is longer than 16 MiB; a quote is probably never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: invalid %2 byte sequence at byte offset %3 (column &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the quoted field that starts at byte offset %2 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>The review queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at and fix customer identities:
  customer show ID            profile, masked identifiers, channels, touches, follow-ups, merges
  customer merge ID ID        merge two customers (the one seen first survives)
  customer unmerge ID         split a merged customer out again, with its own phones, ids and touches
  customer reviews            list the review queue (conflicts and suggested duplicates)
  customer resolve REVIEW_ID merge|keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, merge, unmerge, reviews or resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: even when the resident ids differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve takes &quot;merge&quot; or &quot;keep&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>No customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMutations</name>
    <message>
        <source>No customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be A, B, C or D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a user of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be call, wechat, sms, visit, showing or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the follow-up itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database uses a newer schema than this Shoulou knows. Install a newer Shoulou; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a realistic demo office: projects, units, consultants, channels and customers with touches and follow-ups over six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (persons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 20000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office ready in %1: %2 customers from %3 leads, %4 follow-ups, %5 consultants, %6 units (%7 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This database already has customers; make the demo office in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s mobile ranges are not all valid for this libphonenumber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lead %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>Cannot open the mapping file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with &quot;columns&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;channel&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the mapping (expected &quot;channel&quot; or &quot;columns&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object of column name → field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; for column &quot;%2&quot; (expected &quot;field&quot; or &quot;platform&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;field&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: expected a field name or an object with &quot;field&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for column &quot;%2&quot; (known fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; maps to &quot;platform_id&quot; but names no &quot;platform&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not in the file header (the header is: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileKeyStore</name>
    <message>
        <source>Cannot read key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1 belongs to another database; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1 already exists; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the office key was saved to %1 (mode 0600). Keep this file with the database and out of backups that leave the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityMutations</name>
    <message>
        <source>No customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records are already one customer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers %1 and %2 have different resident ids; merge them only if one id is wrong (use force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;merge&quot; or &quot;keep_separate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a CSV or XLSX lead list into an office database. Every row becomes a lead of exactly one customer; rows without a valid phone, resident id or platform id are rejected with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030/GBK, UTF-16) or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office database file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel of rows that name none (e.g. 抖音).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file mapping columns to fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a per-row report (row,status,customer_id,reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 rows (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows — %4 new customers, %5 merged into existing customers, %6 already imported, %7 rejected; %8 pairs for review. %9 s (%10 rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same %1 as an existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for a phone, resident id or platform id was recognised in the header (%1). Rename the columns or give a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped after %1 rows: %2. Everything before that is saved; run the import again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1. %2 rows before that were imported; fix the file and import it again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyUnlock</name>
    <message>
        <source>The encryption key of this database was not found (%1). Restore it from where it was kept; Shoulou will not make a new key for a database that already holds encrypted data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in %1 does not belong to this database; it was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not store the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain entry %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadInput</name>
    <message>
        <source>A lead needs a dedup key, a payload and a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs a phone, a resident id or a platform id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadNormalizer</name>
    <message>
        <source>%1 &quot;%2&quot;: the cell is stored as a number, so Excel may have changed its digits; format the column as text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the cell is stored as a number, so Excel kept only 15 digits; format the column as text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: birth date %2 makes the holder older than 120; please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a usable platform id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid phone, resident id or platform id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the Excel serial date of 29 February 1900, a day that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>No customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was not merged into another customer; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 is not a Shoulou database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database uses schema version %1, but this Shoulou only knows up to version %2. Install a newer Shoulou; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the database before upgrading it (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed (%2); the database was left at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more precision than one fen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key must be %1 bytes, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted value is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted value cannot be opened with this office key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeMutations</name>
    <message>
        <source>Channel &quot;%1&quot; cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of online, agency, walk_in, referral, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1000 (permille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of kiosk, consultant, manager, channel, admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one layout when buildings are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need floors &gt; 0 and 1–99 units per floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable phone number: the column was converted to a number in Excel and its last digits are lost. Format the column as text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has 11 digits but is not in any Chinese mobile number range. Check the number with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a 13-digit IoT (machine-to-machine) number, not a person&apos;s mobile phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a landline number without its area code. Add the area code, for example 010 or 0755.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a service or hotline number (such as 400 or 95588). It is only accepted in a company phone field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>“%1” is not a usable resident ID number: the column was converted to a number in Excel, which keeps only 15 digits. Format the column as text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains characters that cannot appear in a resident ID number (only digits, and X as the last character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 digits; a resident ID number has 18 (or 15 on a card issued before 1999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start with a valid region code (the first six digits name the province, city and county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an old 15-digit number, but its birth date only exists in a year after 1999, and nobody born after 1999 has a 15-digit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not contain a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a birth date before 1860, which cannot be right for a living person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a birth date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: wrong check digit. Compare the number with the customer&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search customers by phone (whole or any 4+ digits), name, pinyin, initials or resident id. Prints one JSON line per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits per query (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one QUERY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxEntryStream</name>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file inflates to more than %2 MiB; refusing it as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file is compressed more than %2:1 (%3 bytes from %4); refusing it as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XLSX file has no part &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decompress the part &quot;%1&quot; of this XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file inflates to more bytes than its zip header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file declares a DTD or entities; refusing it (XML entity bomb protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file is not well-formed XML: %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file ends too early (truncated, or its zip header is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Sheet &quot;%1&quot; of &quot;%2&quot; has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX file (it cannot be read as a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 zip entries; at most %3 are accepted (possible zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would inflate to too much data (entry &quot;%2&quot;: %3 bytes from %4 compressed); refusing it as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet named &quot;%2&quot;; its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (spreadsheet row %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: &quot;%2&quot; is not a valid row number (after row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: &quot;%3&quot; is not a valid cell reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 refers to shared string &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>This XLSX file lists no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
