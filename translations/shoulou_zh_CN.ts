<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Applier</name>
    <message>
        <source>Unknown mutation %1@%2</source>
        <translation>未知的变更 %1@%2</translation>
    </message>
    <message>
        <source>A mutation of the batch failed; the batch was rolled back and must be redone one mutation at a time.</source>
        <translation>批次中有一项变更失败，整批已回滚，需要逐项重新执行这些变更。</translation>
    </message>
</context>
<context>
    <name>Args</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1：字段“%2”%3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
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
        <translation>用法：shoulou-cli COMMAND [options]

命令：
  import FILE --db DB [--channel NAME] [--mapping M.json] [--sheet NAME] [--report OUT.csv]
  search --db DB [--limit N] QUERY...
  demo --db DB --customers N [--seed S]
  customer show|merge|unmerge|reviews|resolve ... --db DB

运行 &apos;shoulou-cli COMMAND --help&apos; 查看某个命令的选项。
退出状态：0 完成，1 输入有误，2 用法错误。
</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>错误：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Sales office</source>
        <translation>售楼处</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>“%1”是空文件</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the GB18030 converter is not available</source>
        <translation>无法读取“%1”：GB18030 转换器不可用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no header row</source>
        <translation>“%1”没有表头行</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The header of &quot;%1&quot; is longer than 16 MiB; a quote is probably never closed</source>
        <translation>“%1”的表头超过 16 MiB，可能有未闭合的引号</translation>
    </message>
    <message>
        <source>The header row of &quot;%1&quot; has an invalid %2 byte sequence at byte offset %3</source>
        <translation>“%1”的表头行在字节偏移 %3 处有无效的 %2 字节序列</translation>
    </message>
    <message>
        <source>row %1: the record starting at byte offset %2 is longer than 16 MiB; a quote is probably never closed</source>
        <translation>第 %1 行：从字节偏移 %2 开始的记录超过 16 MiB，可能有未闭合的引号</translation>
    </message>
    <message>
        <source>row %1: invalid %2 byte sequence at byte offset %3 (column &quot;%4&quot;)</source>
        <translation>第 %1 行：字节偏移 %3 处有无效的 %2 字节序列（列“%4”）</translation>
    </message>
    <message>
        <source>row %1: the quoted field that starts at byte offset %2 is never closed</source>
        <translation>第 %1 行：从字节偏移 %2 开始的带引号字段没有闭合</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>The review queue is empty.</source>
        <translation>待审核队列为空。</translation>
    </message>
    <message>
        <source>Look at and fix customer identities:
  customer show ID            profile, masked identifiers, channels, touches, follow-ups, merges
  customer merge ID ID        merge two customers (the one seen first survives)
  customer unmerge ID         split a merged customer out again, with its own phones, ids and touches
  customer reviews            list the review queue (conflicts and suggested duplicates)
  customer resolve REVIEW_ID merge|keep</source>
        <translation>查看并修正客户身份：
  customer show ID            客户资料、脱敏后的身份标识、渠道、触点、跟进记录、合并记录
  customer merge ID ID        合并两个客户（保留最先出现的客户）
  customer unmerge ID         将已合并的客户重新拆分出来（撤销合并），连同其自己的电话、证件号和触点
  customer reviews            列出待审核队列（冲突及疑似重复客户）
  customer resolve REVIEW_ID merge|keep</translation>
    </message>
    <message>
        <source>show, merge, unmerge, reviews or resolve</source>
        <translation>show、merge、unmerge、reviews 或 resolve</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>merge: even when the resident ids differ.</source>
        <translation>merge：即使身份证号不同也强制合并。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知操作“%1”</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>“%1”的参数个数不正确</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>resolve takes &quot;merge&quot; or &quot;keep&quot;</source>
        <translation>resolve 只接受 &quot;merge&quot; 或 &quot;keep&quot;</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>No customer %1.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>CustomerMutations</name>
    <message>
        <source>No customer %1.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be A, B, C or D</source>
        <translation>必须是 A、B、C 或 D</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>不是有效的状态</translation>
    </message>
    <message>
        <source>is not a user of this office</source>
        <translation>不是本售楼处的用户</translation>
    </message>
    <message>
        <source>must be call, wechat, sms, visit, showing or other</source>
        <translation>必须是 call、wechat、sms、visit、showing 或 other</translation>
    </message>
    <message>
        <source>must be after the follow-up itself</source>
        <translation>必须晚于本次跟进的时间</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>This database uses a newer schema than this Shoulou knows. Install a newer Shoulou; the file was left unchanged.</source>
        <translation>此数据库的数据库结构版本比当前 Shoulou 支持的更新。请安装更新版本的 Shoulou；文件未做任何改动。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a realistic demo office: projects, units, consultants, channels and customers with touches and follow-ups over six months.</source>
        <translation>创建一个逼真的演示售楼处：包含楼盘、房源、置业顾问、渠道，以及带有六个月内触点和跟进记录的客户。</translation>
    </message>
    <message>
        <source>New office database file.</source>
        <translation>新建的售楼处数据库文件。</translation>
    </message>
    <message>
        <source>Number of customers (persons).</source>
        <translation>客户数量（人）。</translation>
    </message>
    <message>
        <source>Random seed (same seed, same office).</source>
        <translation>随机种子（种子相同，生成的售楼处也相同）。</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to 20000000</source>
        <translation>--customers 必须是 1 到 20000000 之间的数字</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation>--seed 必须是非负数</translation>
    </message>
    <message>
        <source>… %1 of %2 customers</source>
        <translation>… 已生成 %1 / %2 个客户</translation>
    </message>
    <message>
        <source>Demo office ready in %1: %2 customers from %3 leads, %4 follow-ups, %5 consultants, %6 units (%7 s).</source>
        <translation>演示售楼处已生成：%1。共 %2 个客户（来自 %3 条线索）、%4 条跟进记录、%5 名置业顾问、%6 套房源（用时 %7 秒）。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This database already has customers; make the demo office in a new file.</source>
        <translation>此数据库中已有客户，请在新文件中创建演示售楼处。</translation>
    </message>
    <message>
        <source>The demo&apos;s mobile ranges are not all valid for this libphonenumber.</source>
        <translation>演示数据所用的手机号段并非全部被当前版本的 libphonenumber 认可。</translation>
    </message>
    <message>
        <source>Demo lead %1 failed: %2</source>
        <translation>演示线索 %1 生成失败：%2</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>Cannot open the mapping file &quot;%1&quot;: %2</source>
        <translation>无法打开映射文件“%1”：%2</translation>
    </message>
    <message>
        <source>Mapping file &quot;%1&quot;: %2</source>
        <translation>映射文件“%1”：%2</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1 (at byte %2)</source>
        <translation>映射不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with &quot;columns&quot;</source>
        <translation>映射必须是包含 &quot;columns&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;channel&quot; must be a string</source>
        <translation>&quot;channel&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the mapping (expected &quot;channel&quot; or &quot;columns&quot;)</source>
        <translation>映射中有未知的键“%1”（应为 &quot;channel&quot; 或 &quot;columns&quot;）</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object of column name → field</source>
        <translation>&quot;columns&quot; 必须是“列名 → 字段”的对象</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; for column &quot;%2&quot; (expected &quot;field&quot; or &quot;platform&quot;)</source>
        <translation>列“%2”有未知的键“%1”（应为 &quot;field&quot; 或 &quot;platform&quot;）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;field&quot; must be a string</source>
        <translation>列“%1”：&quot;field&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: expected a field name or an object with &quot;field&quot;</source>
        <translation>列“%1”：应为字段名或包含 &quot;field&quot; 的对象</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for column &quot;%2&quot; (known fields: %3)</source>
        <translation>列“%2”的字段“%1”未知（可用字段：%3）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; maps to &quot;platform_id&quot; but names no &quot;platform&quot;</source>
        <translation>列“%1”映射为 &quot;platform_id&quot;，但没有指定 &quot;platform&quot;</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not in the file header (the header is: %2)</source>
        <translation>文件表头中没有列“%1”（表头为：%2）</translation>
    </message>
</context>
<context>
    <name>FileKeyStore</name>
    <message>
        <source>Cannot read key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Key file %1 is damaged.</source>
        <translation>密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>Key file %1 belongs to another database; it was not used.</source>
        <translation>密钥文件 %1 属于另一个数据库，未使用该文件。</translation>
    </message>
    <message>
        <source>Key file %1 already exists; it is never overwritten.</source>
        <translation>密钥文件 %1 已存在；已有的密钥文件永远不会被覆盖。</translation>
    </message>
    <message>
        <source>Cannot write key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>No system keychain is available: the office key was saved to %1 (mode 0600). Keep this file with the database and out of backups that leave the office.</source>
        <translation>没有可用的系统钥匙串：售楼处密钥已保存到 %1（权限 0600）。请将此文件与数据库放在一起保管，且不要放入会带离售楼处的备份中。</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>密钥文件 %1</translation>
    </message>
</context>
<context>
    <name>IdentityMutations</name>
    <message>
        <source>No customer %1.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>These records are already one customer (%1).</source>
        <translation>这些记录已属于同一个客户（%1）。</translation>
    </message>
    <message>
        <source>Customers %1 and %2 have different resident ids; merge them only if one id is wrong (use force).</source>
        <translation>客户 %1 和 %2 的身份证号不同；只有在其中一个身份证号有误时才应合并（请使用 force）。</translation>
    </message>
    <message>
        <source>No review item %1.</source>
        <translation>审核项 %1 不存在。</translation>
    </message>
    <message>
        <source>Review item %1 is already %2.</source>
        <translation>审核项 %1 已处于“%2”状态。</translation>
    </message>
    <message>
        <source>must be &quot;merge&quot; or &quot;keep_separate&quot;</source>
        <translation>必须是 &quot;merge&quot; 或 &quot;keep_separate&quot;</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a CSV or XLSX lead list into an office database. Every row becomes a lead of exactly one customer; rows without a valid phone, resident id or platform id are rejected with a reason.</source>
        <translation>将 CSV 或 XLSX 线索表导入售楼处数据库。每一行都会成为某一个客户的一条线索；没有有效电话、身份证号或平台ID的行会被拒绝，并注明原因。</translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030/GBK, UTF-16) or XLSX file</source>
        <translation>CSV（UTF-8、GB18030/GBK、UTF-16）或 XLSX 文件</translation>
    </message>
    <message>
        <source>Office database file (created if missing).</source>
        <translation>售楼处数据库文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Channel of rows that name none (e.g. 抖音).</source>
        <translation>未注明渠道的行所使用的渠道（例如：抖音）。</translation>
    </message>
    <message>
        <source>JSON file mapping columns to fields.</source>
        <translation>将列映射到字段的 JSON 文件。</translation>
    </message>
    <message>
        <source>XLSX sheet to read (default: the first).</source>
        <translation>要读取的 XLSX 工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>Write a per-row report (row,status,customer_id,reason).</source>
        <translation>输出逐行报告（row,status,customer_id,reason）。</translation>
    </message>
    <message>
        <source>give exactly one FILE to import</source>
        <translation>请指定且只指定一个要导入的 FILE</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>… %1 rows (%2%)</source>
        <translation>… %1 行（%2%）</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows — %4 new customers, %5 merged into existing customers, %6 already imported, %7 rejected; %8 pairs for review. %9 s (%10 rows/s).</source>
        <translation>已导入 %1（%2）：共 %3 行 — 新客户 %4 个，%5 行合并到已有客户，%6 行此前已导入，%7 行被拒绝；%8 对待审核。用时 %9 秒（每秒 %10 行）。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Rows per transaction (default 20000).</source>
        <translation>每个事务处理的行数（默认 20000）。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>Cannot finish the report %1</source>
        <translation>无法完成报告 %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>resident id</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>平台ID</translation>
    </message>
    <message>
        <source>same %1 as an existing customer</source>
        <translation>与已有客户的%1相同</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>No column for a phone, resident id or platform id was recognised in the header (%1). Rename the columns or give a mapping file.</source>
        <translation>表头中没有识别出电话、身份证号或平台ID列（%1）。请重命名相应的列，或提供映射文件。</translation>
    </message>
    <message>
        <source>The import stopped after %1 rows: %2. Everything before that is saved; run the import again to complete it.</source>
        <translation>导入在处理 %1 行后中止：%2。此前的数据均已保存；请再次运行导入以完成剩余部分。</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1. %2 rows before that were imported; fix the file and import it again to complete it.</source>
        <translation>文件未能读取完毕：%1。此前的 %2 行已导入；请修正文件后重新导入以完成导入。</translation>
    </message>
</context>
<context>
    <name>KeyUnlock</name>
    <message>
        <source>The encryption key of this database was not found (%1). Restore it from where it was kept; Shoulou will not make a new key for a database that already holds encrypted data.</source>
        <translation>找不到此数据库的加密密钥（%1）。请从保存密钥的位置恢复；对于已含有加密数据的数据库，Shoulou 不会生成新的密钥。</translation>
    </message>
    <message>
        <source>The key in %1 does not belong to this database; it was refused and nothing was changed.</source>
        <translation>%1 中的密钥不属于此数据库，已拒绝使用，未做任何改动。</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>系统钥匙串没有响应：%1</translation>
    </message>
    <message>
        <source>The system keychain did not store the key: %1</source>
        <translation>系统钥匙串未能保存密钥：%1</translation>
    </message>
    <message>
        <source>system keychain entry %1/%2</source>
        <translation>系统钥匙串条目 %1/%2</translation>
    </message>
</context>
<context>
    <name>LeadInput</name>
    <message>
        <source>A lead needs a dedup key, a payload and a time.</source>
        <translation>线索必须包含去重键、数据内容和时间。</translation>
    </message>
    <message>
        <source>A lead needs a phone, a resident id or a platform id.</source>
        <translation>线索必须包含电话、身份证号或平台ID中的至少一项。</translation>
    </message>
</context>
<context>
    <name>LeadNormalizer</name>
    <message>
        <source>%1 &quot;%2&quot;: the cell is stored as a number, so Excel may have changed its digits; format the column as text and export again</source>
        <translation>%1“%2”：该单元格以数字形式存储，Excel 可能已改动其中的数字；请把该列设置为“文本”格式后重新导出</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the cell is stored as a number, so Excel kept only 15 digits; format the column as text and export again</source>
        <translation>%1“%2”：该单元格以数字形式存储，Excel 只保留了 15 位数字；请把该列设置为“文本”格式后重新导出</translation>
    </message>
    <message>
        <source>%1: birth date %2 makes the holder older than 120; please check</source>
        <translation>%1：出生日期 %2 表明持证人已超过 120 岁，请核对</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a usable platform id</source>
        <translation>%1“%2”不是可用的平台ID</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>姓名超过 %1 个字符</translation>
    </message>
    <message>
        <source>no valid phone, resident id or platform id</source>
        <translation>没有有效的电话、身份证号或平台ID</translation>
    </message>
</context>
<context>
    <name>LeadTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the Excel serial date of 29 February 1900, a day that does not exist</source>
        <translation>“%1”是 Excel 序列日期 1900 年 2 月 29 日，这一天并不存在</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>No customer %1.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Customer %1 was not merged into another customer; there is nothing to undo.</source>
        <translation>客户 %1 没有被合并到其他客户，没有可撤销的合并。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 is not a Shoulou database; it was left unchanged.</source>
        <translation>%1 不是 Shoulou 数据库，未做任何改动。</translation>
    </message>
    <message>
        <source>This database uses schema version %1, but this Shoulou only knows up to version %2. Install a newer Shoulou; the file was left unchanged.</source>
        <translation>此数据库的数据库结构版本为 %1，但当前 Shoulou 最高只支持版本 %2。请安装更新版本的 Shoulou；文件未做任何改动。</translation>
    </message>
    <message>
        <source>Could not copy the database before upgrading it (%1); nothing was changed.</source>
        <translation>升级前无法复制数据库（%1），未做任何改动。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed (%2); the database was left at version %3.</source>
        <translation>将数据库升级到结构版本 %1 失败（%2）；数据库仍保持在版本 %3。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>“%1”不是有效的金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more precision than one fen</source>
        <translation>“%1”的精度超过了 1 分</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key must be %1 bytes, found %2.</source>
        <translation>售楼处密钥应为 %1 字节，实际为 %2 字节。</translation>
    </message>
    <message>
        <source>Encrypted value is truncated.</source>
        <translation>加密数据不完整（已被截断）。</translation>
    </message>
    <message>
        <source>Encrypted value cannot be opened with this office key.</source>
        <translation>无法用此售楼处密钥解密该加密数据。</translation>
    </message>
</context>
<context>
    <name>OfficeMutations</name>
    <message>
        <source>Channel &quot;%1&quot; cannot be created: %2</source>
        <translation>无法创建渠道“%1”：%2</translation>
    </message>
    <message>
        <source>This database already has an office.</source>
        <translation>此数据库中已有售楼处。</translation>
    </message>
    <message>
        <source>must be one of online, agency, walk_in, referral, other</source>
        <translation>必须是 online、agency、walk_in、referral、other 之一</translation>
    </message>
    <message>
        <source>must be between 0 and 1000 (permille)</source>
        <translation>必须介于 0 到 1000 之间（千分比）</translation>
    </message>
    <message>
        <source>must be one of kiosk, consultant, manager, channel, admin</source>
        <translation>必须是 kiosk、consultant、manager、channel、admin 之一</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; cannot be created: %2</source>
        <translation>无法创建用户“%1”：%2</translation>
    </message>
    <message>
        <source>needs at least one layout when buildings are given</source>
        <translation>指定楼栋时至少需要一个户型</translation>
    </message>
    <message>
        <source>need floors &gt; 0 and 1–99 units per floor</source>
        <translation>楼层数必须大于 0，且每层房源数为 1–99 套</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“%1” is not a usable phone number: the column was converted to a number in Excel and its last digits are lost. Format the column as text and export again.</source>
        <translation>“%1”无法作为电话号码使用：该列在 Excel 中被转换成了数字，末尾几位已经丢失。请把该列设置为“文本”格式后重新导出。</translation>
    </message>
    <message>
        <source>“%1” has 11 digits but is not in any Chinese mobile number range. Check the number with the customer.</source>
        <translation>“%1”虽然是 11 位，但不属于任何中国大陆手机号段，请与客户核对号码。</translation>
    </message>
    <message>
        <source>“%1” is a 13-digit IoT (machine-to-machine) number, not a person&apos;s mobile phone.</source>
        <translation>“%1”是 13 位物联网（物联卡）号码，不是个人手机号。</translation>
    </message>
    <message>
        <source>“%1” looks like a landline number without its area code. Add the area code, for example 010 or 0755.</source>
        <translation>“%1”像是缺少区号的固定电话号码，请补上区号，例如 010 或 0755。</translation>
    </message>
    <message>
        <source>“%1” is a service or hotline number (such as 400 or 95588). It is only accepted in a company phone field.</source>
        <translation>“%1”是服务热线或特服号码（如 400、95588），只能填写在“公司电话”栏。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>“%1” is not a usable resident ID number: the column was converted to a number in Excel, which keeps only 15 digits. Format the column as text and export again.</source>
        <translation>“%1”无法作为身份证号使用：该列在 Excel 中被转换成了数字，只保留了前 15 位。请把该列设置为“文本”格式后重新导出。</translation>
    </message>
    <message>
        <source>The resident ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>“%1” contains characters that cannot appear in a resident ID number (only digits, and X as the last character).</source>
        <translation>“%1”含有身份证号中不可能出现的字符（只能是数字，最后一位可以是 X）。</translation>
    </message>
    <message>
        <source>“%1” has %2 digits; a resident ID number has 18 (or 15 on a card issued before 1999).</source>
        <translation>“%1”有 %2 位，身份证号应为 18 位（1999 年以前办理的旧证为 15 位）。</translation>
    </message>
    <message>
        <source>“%1” does not start with a valid region code (the first six digits name the province, city and county).</source>
        <translation>“%1”的地区码无效（前六位应为省、市、县代码）。</translation>
    </message>
    <message>
        <source>“%1” is an old 15-digit number, but its birth date only exists in a year after 1999, and nobody born after 1999 has a 15-digit number.</source>
        <translation>“%1”是 15 位旧证号，但其中的出生日期只可能是 2000 年以后，而 2000 年以后出生的人不会有 15 位证号。</translation>
    </message>
    <message>
        <source>“%1” does not contain a valid birth date.</source>
        <translation>“%1”中的出生日期无效。</translation>
    </message>
    <message>
        <source>“%1” has a birth date before 1860, which cannot be right for a living person.</source>
        <translation>“%1”的出生日期早于 1860 年，不可能是在世人员。</translation>
    </message>
    <message>
        <source>“%1” has a birth date in the future.</source>
        <translation>“%1”的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>“%1”: wrong check digit. Compare the number with the customer&apos;s ID card.</source>
        <translation>“%1”校验位错误，请对照客户身份证核对号码。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search customers by phone (whole or any 4+ digits), name, pinyin, initials or resident id. Prints one JSON line per query.</source>
        <translation>按电话（完整号码或其中任意 4 位以上数字）、姓名、拼音、首字母或身份证号搜索客户。每个查询输出一行 JSON。</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>要搜索的内容</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>Hits per query (default 10).</source>
        <translation>每个查询返回的结果数（默认 10）。</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000</source>
        <translation>--limit 必须是 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>give at least one QUERY</source>
        <translation>请至少指定一个 QUERY</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV first</source>
        <translation>“%1”是旧版 Excel 97–2003（.xls）工作簿，请先另存为 .xlsx 或 CSV</translation>
    </message>
</context>
<context>
    <name>XlsxEntryStream</name>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file inflates to more than %2 MiB; refusing it as a possible zip bomb</source>
        <translation>此 XLSX 文件的部件“%1”解压后超过 %2 MiB，疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file is compressed more than %2:1 (%3 bytes from %4); refusing it as a possible zip bomb</source>
        <translation>此 XLSX 文件的部件“%1”压缩比超过 %2:1（由 %4 字节解压为 %3 字节），疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>This XLSX file has no part &quot;%1&quot;</source>
        <translation>此 XLSX 文件缺少部件“%1”</translation>
    </message>
    <message>
        <source>Cannot decompress the part &quot;%1&quot; of this XLSX file</source>
        <translation>无法解压此 XLSX 文件的部件“%1”</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file inflates to more bytes than its zip header declares</source>
        <translation>此 XLSX 文件的部件“%1”解压后的大小超过其 zip 头声明的大小</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file declares a DTD or entities; refusing it (XML entity bomb protection)</source>
        <translation>此 XLSX 文件的部件“%1”声明了 DTD 或实体，已拒绝（防御 XML 实体炸弹）</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file is not well-formed XML: %2 (line %3)</source>
        <translation>此 XLSX 文件的部件“%1”不是格式正确的 XML：%2（第 %3 行）</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of this XLSX file ends too early (truncated, or its zip header is wrong)</source>
        <translation>此 XLSX 文件的部件“%1”提前结束（文件被截断或 zip 头有误）</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Sheet &quot;%1&quot; of &quot;%2&quot; has no header row</source>
        <translation>“%2”的工作表“%1”没有表头行</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX file (it cannot be read as a zip archive)</source>
        <translation>“%1”不是 XLSX 文件（无法作为 zip 压缩包读取）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 zip entries; at most %3 are accepted (possible zip bomb)</source>
        <translation>“%1”包含 %2 个 zip 条目，最多允许 %3 个（疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would inflate to too much data (entry &quot;%2&quot;: %3 bytes from %4 compressed); refusing it as a possible zip bomb</source>
        <translation>“%1”解压后数据量过大（条目“%2”：由 %4 字节压缩数据解压为 %3 字节），疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet named &quot;%2&quot;; its sheets are: %3</source>
        <translation>“%1”中没有名为“%2”的工作表；现有工作表：%3</translation>
    </message>
    <message>
        <source>row %1 (spreadsheet row %2): %3</source>
        <translation>第 %1 行（表格第 %2 行）：%3</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: &quot;%2&quot; is not a valid row number (after row %3)</source>
        <translation>工作表“%1”：“%2”不是有效的行号（位于第 %3 行之后）</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: &quot;%3&quot; is not a valid cell reference</source>
        <translation>工作表“%1”第 %2 行：“%3”不是有效的单元格引用</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string &quot;%2&quot;, which does not exist</source>
        <translation>单元格 %1 引用了不存在的共享字符串“%2”</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>This XLSX file lists no worksheets</source>
        <translation>此 XLSX 文件中没有工作表</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ComparisonModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Resident IDs</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Channels (first touch)</source>
        <translation>渠道（首次接触）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>接触次数</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>无渠道</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>The two customers differ here.</source>
        <translation>两位客户此项不同。</translation>
    </message>
    <message>
        <source>Customer A (kept)</source>
        <translation>客户 A（保留）</translation>
    </message>
    <message>
        <source>Customer A</source>
        <translation>客户 A</translation>
    </message>
    <message>
        <source>Customer B (kept)</source>
        <translation>客户 B（保留）</translation>
    </message>
    <message>
        <source>Customer B</source>
        <translation>客户 B</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::DuplicatesView</name>
    <message>
        <source>Review queue</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>待审核（%1）</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>客户查重</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::MergeHistoryModel</name>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this customer.</source>
        <translation>双击或按回车打开该客户。</translation>
    </message>
    <message>
        <source>Kept customer</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>被合并的客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::MergeHistoryPanel</name>
    <message>
        <source>Unmerge…</source>
        <translation>撤销合并…</translation>
    </message>
    <message>
        <source>Split the merged customer out again, with its own phones, resident IDs and touches.</source>
        <translation>把被合并的客户重新拆分出来，带回其电话、身份证号和接触记录。</translation>
    </message>
    <message>
        <source>No merges yet</source>
        <translation>暂无合并记录</translation>
    </message>
    <message>
        <source>Leads with the same phone, resident ID or platform ID are merged into one customer as they are imported, and pairs you merge in the review queue are added too. Every merge is listed here, and a wrong one can be undone.</source>
        <translation>导入时，电话、身份证号或平台账号相同的线索会自动合并为同一位客户；在待审核中手动合并的也会记录在此。每次合并都列在这里，合并有误可以撤销。</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 merges.</source>
        <translation>共 %2 条合并记录，显示最近 %1 条。</translation>
    </message>
    <message>
        <source>Undo this merge?</source>
        <translation>撤销这次合并？</translation>
    </message>
    <message>
        <source>%1 is split out of %2 again and gets back its own phones, resident IDs, touches and follow-ups. The two will not be merged automatically again.</source>
        <translation>“%1”将从“%2”中拆分出来，带回其电话、身份证号、接触和跟进记录。两者以后不会再被自动合并。</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>未能撤销合并：%1</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ReviewQueueModel</name>
    <message>
        <source>Double-click or press Enter to open this customer.</source>
        <translation>双击或按回车打开该客户。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer A</source>
        <translation>客户 A</translation>
    </message>
    <message>
        <source>Customer B</source>
        <translation>客户 B</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ReviewQueuePanel</name>
    <message>
        <source>&lt;b&gt;Different resident IDs.&lt;/b&gt; Two different resident IDs usually mean two different people. Merge only if one of the IDs was typed wrong.</source>
        <translation>&lt;b&gt;身份证号不同。&lt;/b&gt;两个不同的身份证号通常意味着是两个人。只有其中一个号码录错时才应合并。</translation>
    </message>
    <message>
        <source>Double-click a customer&apos;s column to open that customer.</source>
        <translation>双击某位客户所在的列即可打开该客户。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>They are one person: combine them into the customer seen first.</source>
        <translation>是同一个人：并入最先接触的那位客户。</translation>
    </message>
    <message>
        <source>Keep separate</source>
        <translation>保持独立</translation>
    </message>
    <message>
        <source>They are two people: they will not be suggested or merged automatically again.</source>
        <translation>是两个人：以后不再提示，也不会自动合并。</translation>
    </message>
    <message>
        <source>No pairs to review</source>
        <translation>没有待审核的客户</translation>
    </message>
    <message>
        <source>When an import finds two customers that may be one person — the same name with phones one digit apart, or a shared phone with different resident IDs — the pair waits here for your decision. Nothing needs deciding now.</source>
        <translation>导入时如果发现两位客户可能是同一个人（姓名相同且电话只差一位，或电话相同但身份证号不同），会在这里等待您判断。目前没有需要处理的。</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 pairs. Decide these first; older ones appear as the queue shrinks.</source>
        <translation>共 %2 对，显示最近 %1 对。请先处理这些，处理后会显示更早的。</translation>
    </message>
    <message>
        <source>Same name, phones one digit apart: often a typo in one of the leads.</source>
        <translation>姓名相同，电话只差一位：常见于某条线索录错号码。</translation>
    </message>
    <message>
        <source>Someone kept these two apart before, but a new lead links them again.</source>
        <translation>这两位客户曾被判定为不同的人，但新线索又把他们关联到了一起。</translation>
    </message>
    <message>
        <source>They share a phone or platform ID, but their resident IDs differ.</source>
        <translation>电话或平台账号相同，但身份证号不同。</translation>
    </message>
    <message>
        <source>Merging keeps customer %1, %2 (seen first, %3). Everything of customer %4 moves into it: phones, resident IDs, touches and follow-ups. A wrong merge can be undone under Merge history.</source>
        <translation>合并后保留客户 %1“%2”（最先接触，%3）。客户 %4 的电话、身份证号、接触和跟进记录全部并入。合并有误可在“合并记录”中撤销。</translation>
    </message>
    <message>
        <source>Merge customers with different resident IDs?</source>
        <translation>合并身份证号不同的客户？</translation>
    </message>
    <message>
        <source>%1 has resident ID %2, %3 has %4. Two different resident IDs usually mean two different people. Merge only if one of the IDs was typed wrong.</source>
        <translation>“%1”的身份证号是 %2，“%3”的是 %4。两个不同的身份证号通常意味着是两个人。只有其中一个号码录错时才应合并。</translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation>仍然合并</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>处理结果未保存：%1</translation>
    </message>
</context>
</TS>
