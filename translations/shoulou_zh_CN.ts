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
    <message>
        <source>Permission denied: this user has been revoked.</source>
        <translation>权限不足：该用户已被停用。</translation>
    </message>
</context>
<context>
    <name>Arbiter</name>
    <message>
        <source>%1 was first: the customer is already theirs.</source>
        <translation>%1 先到一步：该客户已归其所有。</translation>
    </message>
    <message>
        <source>The customer belongs to %1; only they, or a site manager, can give it back.</source>
        <translation>该客户归 %1 所有；只有本人或案场经理可以退回。</translation>
    </message>
    <message>
        <source>Too late: the offer had closed before your claim reached the hub.</source>
        <translation>晚了一步：您的抢单到达服务器前，本轮派单已结束。</translation>
    </message>
    <message>
        <source>Nothing is on offer here: the hub has not opened it for claims.</source>
        <translation>这里没有可抢的单：服务器尚未开放抢单。</translation>
    </message>
    <message>
        <source>%1 was first: it is already theirs.</source>
        <translation>%1 先到一步：已归其所有。</translation>
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
    <message>
        <source>must be a text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>AuthMutations</name>
    <message>
        <source>is not a user of this office</source>
        <translation>不是本售楼处的用户</translation>
    </message>
    <message>
        <source>is you: nobody revokes themselves</source>
        <translation>是你自己：不能停用自己</translation>
    </message>
    <message>
        <source>is the last active site manager or administrator</source>
        <translation>是最后一位在用的案场经理或管理员</translation>
    </message>
    <message>
        <source>must be an argon2id verifier, never a password</source>
        <translation>必须是 argon2id 校验串，绝不能是密码本身</translation>
    </message>
</context>
<context>
    <name>BatchProducer</name>
    <message>
        <source>Reading stopped on an internal error: %1</source>
        <translation>读取因内部错误而停止：%1</translation>
    </message>
    <message>
        <source>Reading stopped on an internal error.</source>
        <translation>读取因内部错误而停止。</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>China&apos;s public holidays and swapped working days, as dispatch sees them:
  calendar --date YYYY-MM-DD   what kind of day it is, and the dispatch mode it gets
  calendar --load FILE         load a year&apos;s calendar (resources/calendar/README.md)</source>
        <translation>派单所依据的中国法定节假日与调休上班日：
  calendar --date YYYY-MM-DD   查询某天是什么日子、适用哪种派单方式
  calendar --load FILE         载入某一年的日历（见 resources/calendar/README.md）</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>The date to look up.</source>
        <translation>要查询的日期。</translation>
    </message>
    <message>
        <source>A calendar file to load.</source>
        <translation>要载入的日历文件。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>give either --date or --load</source>
        <translation>请在 --date 和 --load 中指定且只指定一个</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1 (%2) is a public holiday (%3)</source>
        <translation>%1（%2）是法定节假日（%3）</translation>
    </message>
    <message>
        <source>%1 (%2) is a swapped working day (%3)</source>
        <translation>%1（%2）是调休上班日（%3）</translation>
    </message>
    <message>
        <source>%1 (%2) is a swapped working day</source>
        <translation>%1（%2）是调休上班日</translation>
    </message>
    <message>
        <source>%1 (%2) is a weekend day</source>
        <translation>%1（%2）是周末</translation>
    </message>
    <message>
        <source>%1 (%2) is a weekend day (no holiday calendar for %3)</source>
        <translation>%1（%2）是周末（没有 %3 年的节假日日历）</translation>
    </message>
    <message>
        <source>%1 (%2) is a working day</source>
        <translation>%1（%2）是工作日</translation>
    </message>
    <message>
        <source>%1 (%2) is a working day (no holiday calendar for %3)</source>
        <translation>%1（%2）是工作日（没有 %3 年的节假日日历）</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>entry %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>第 %1 条（%2）</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>第 %1 条不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (holiday or swapped_workday)</source>
        <translation>未知类型“%1”（应为 holiday 或 swapped_workday）</translation>
    </message>
    <message>
        <source>unknown holiday &quot;%1&quot; (one of %2)</source>
        <translation>未知节日“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>a holiday needs its name (&quot;holiday&quot;: one of %1)</source>
        <translation>节假日必须写明节日名称（&quot;holiday&quot;：%1 之一）</translation>
    </message>
    <message>
        <source>has both &quot;date&quot; and &quot;from&quot;/&quot;to&quot;</source>
        <translation>同时写了 &quot;date&quot; 和 &quot;from&quot;/&quot;to&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;to&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;to&quot; 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>is longer than a month</source>
        <translation>时长超过一个月</translation>
    </message>
    <message>
        <source>is not in the file&apos;s years</source>
        <translation>不在文件所列的年份内</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be swapped into a working day</source>
        <translation>%1 是工作日：只有周六或周日才能调休为上班日</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（位置 %2：%1）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; 必须为 %1</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be a text</source>
        <translation>&quot;source&quot; 必须是文本</translation>
    </message>
    <message>
        <source>&quot;years&quot; must list the years the file covers</source>
        <translation>&quot;years&quot; 必须列出文件涵盖的年份</translation>
    </message>
    <message>
        <source>&quot;years&quot; holds %1, not a year from 2000 to 2100</source>
        <translation>&quot;years&quot; 中的 %1 不是 2000 到 2100 之间的年份</translation>
    </message>
    <message>
        <source>&quot;years&quot; lists %1 twice</source>
        <translation>&quot;years&quot; 中 %1 出现了两次</translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list</source>
        <translation>&quot;days&quot; 必须是列表</translation>
    </message>
    <message>
        <source>%1 is listed twice (entries overlap)</source>
        <translation>%1 出现了两次（条目重叠）</translation>
    </message>
    <message>
        <source>%1 is listed in &quot;years&quot; but has no holiday</source>
        <translation>%1 列在 &quot;years&quot; 中，但没有任何节假日</translation>
    </message>
    <message>
        <source>is not a valid calendar: %1</source>
        <translation>不是有效的日历：%1</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The stored calendar for %1 cannot be read: %2</source>
        <translation>已保存的 %1 年日历无法读取：%2</translation>
    </message>
    <message>
        <source>is not a project of this office</source>
        <translation>不是本售楼处的项目</translation>
    </message>
</context>
<context>
    <name>CertificateProbe</name>
    <message>
        <source>The hub address must be wss://HOST:PORT.</source>
        <translation>售楼处服务器地址必须是 wss://主机:端口。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>错误：未知命令“%1”</translation>
    </message>
    <message>
        <source>Enroll an office database with the office hub (password on standard input).</source>
        <translation>将售楼处数据库登记到售楼处服务器（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>Hub address, wss://HOST:PORT.</source>
        <translation>服务器地址，wss://主机:端口。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate fingerprint, SHA256:&lt;hex&gt;.</source>
        <translation>服务器证书指纹，SHA256:&lt;十六进制&gt;。</translation>
    </message>
    <message>
        <source>Office code.</source>
        <translation>售楼处代码。</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>你的登录名。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须给出 --%1</translation>
    </message>
    <message>
        <source>--hub must be wss://HOST:PORT</source>
        <translation>--hub 必须是 wss://主机:端口</translation>
    </message>
    <message>
        <source>--fingerprint must be SHA256: and 64 hex digits</source>
        <translation>--fingerprint 必须是 SHA256: 加 64 位十六进制数字</translation>
    </message>
    <message>
        <source>Sync an enrolled office database with its hub.</source>
        <translation>将已登记的售楼处数据库与服务器同步。</translation>
    </message>
    <message>
        <source>Sync once, print the result and stop.</source>
        <translation>同步一次，输出结果后停止。</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须给出 --db</translation>
    </message>
    <message>
        <source>this office database is not enrolled with a hub (shoulou-cli enroll)</source>
        <translation>此售楼处数据库尚未登记到服务器（请用 shoulou-cli enroll）</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Act as this user (their password is read from standard input, one line); default: the office&apos;s local administrator.</source>
        <translation>以此用户身份操作（其密码从标准输入读取，一行）；默认：本售楼处的本机管理员。</translation>
    </message>
    <message>
        <source>no password on standard input (give it as one line)</source>
        <translation>标准输入中没有密码（请以一行给出）</translation>
    </message>
    <message>
        <source>the session with the hub has expired; sign in again: shoulou-cli sync --db %1 --as LOGIN (the password on standard input)</source>
        <translation>与服务器的会话已过期，请重新登录：shoulou-cli sync --db %1 --as LOGIN（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>Sign in at the hub as this user first (the password is read from standard input, one line): renews an expired session.</source>
        <translation>先以此用户登录售楼处服务器（密码从标准输入读取，一行）：可续期已过期的会话。</translation>
    </message>
    <message>
        <source>Enroll a new database as the reception kiosk: it keeps no office key and receives no customers (so does any enrolment by a kiosk user).</source>
        <translation>将一个新数据库登记为前台接待终端：它不保存售楼处密钥，也不接收客户（前台账号的任何登记都是如此）。</translation>
    </message>
    <message>
        <source>Usage: shoulou-cli COMMAND [options]

Commands:
  import FILE --db DB [--channel NAME] [--mapping M.json] [--sheet NAME] [--report OUT.csv]
  search --db DB [--limit N] QUERY...
  demo --db DB --customers N [--seed S]
  customer show|merge|unmerge|reviews|resolve|claim|release ... --db DB
  user add|passwd|reset|revoke|restore|list ... --db DB
  roles                 the table of which role may do what (Markdown)
  settings list|get|set --db DB [--project NAME] [KEY [VALUE]]
  calendar --db DB --date YYYY-MM-DD | --load FILE [--project NAME]
  roster checkin|receive|break|checkout|status --db DB [--user LOGIN]
  dispatch mode --db DB [--project NAME] --set grab|idle|calendar [--until ISO8601]
  enroll --db DB --hub wss://HOST:PORT --fingerprint SHA256:&lt;hex&gt; --office CODE --login LOGIN [--kiosk]
  sync --db DB [--once] [--as LOGIN]
  kiosk register --db DB --name NAME --phone PHONE [--visitors N]   a walk-in at the reception kiosk

The commands that write take --as LOGIN (the password on standard input); without it they act as the office&apos;s local administrator (on an enrolled database: the user who enrolled it).

Run &apos;shoulou-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 bad input, not allowed for the role or refused by the hub, 2 wrong usage or a refused sign-in, 3 hub unreachable.
</source>
        <translation>用法：shoulou-cli COMMAND [options]

命令：
  import FILE --db DB [--channel NAME] [--mapping M.json] [--sheet NAME] [--report OUT.csv]
  search --db DB [--limit N] QUERY...
  demo --db DB --customers N [--seed S]
  customer show|merge|unmerge|reviews|resolve|claim|release ... --db DB
  user add|passwd|reset|revoke|restore|list ... --db DB
  roles                 哪个角色可以做什么的权限表（Markdown）
  settings list|get|set --db DB [--project NAME] [KEY [VALUE]]
  calendar --db DB --date YYYY-MM-DD | --load FILE [--project NAME]
  roster checkin|receive|break|checkout|status --db DB [--user LOGIN]
  dispatch mode --db DB [--project NAME] --set grab|idle|calendar [--until ISO8601]
  enroll --db DB --hub wss://HOST:PORT --fingerprint SHA256:&lt;hex&gt; --office CODE --login LOGIN [--kiosk]
  sync --db DB [--once] [--as LOGIN]
  kiosk register --db DB --name NAME --phone PHONE [--visitors N]   在前台登记到访客户

会写入数据的命令接受 --as LOGIN（密码从标准输入读取）；不加时以本售楼处的本机管理员身份操作（已登记到服务器的数据库则以登记它的用户身份操作）。

运行 &apos;shoulou-cli COMMAND --help&apos; 查看某个命令的选项。
退出状态：0 完成，1 输入有误、该角色无权操作或被服务器拒绝，2 用法错误或登录被拒，3 无法连接服务器。
</translation>
    </message>
    <message>
        <source>The project (its name or id); without it, the whole office.</source>
        <translation>项目（名称或 ID）；不填则为整个售楼处。</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Sales office</source>
        <translation>售楼处</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>ConsultantState</name>
    <message>
        <source>available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>receiving a visitor</source>
        <translation>接待中</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>未上班</translation>
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
    <name>CustomerColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>首触渠道</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>The review queue is empty.</source>
        <translation>待审核队列为空。</translation>
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
    <message>
        <source>Look at and fix customer identities:
  customer show ID            profile, masked identifiers, channels, touches, follow-ups, merges
  customer merge ID ID        merge two customers (the one seen first survives)
  customer unmerge ID         split a merged customer out again, with its own phones, ids and touches
  customer reviews            list the review queue (conflicts and suggested duplicates)
  customer claim ID           take an unowned customer as yours (in a synced office the hub decides
                              who was first at the next sync)
  customer release ID         give one of your customers back to the public pool
  customer resolve REVIEW_ID merge|keep</source>
        <translation>查看并修正客户身份：
  customer show ID            档案、脱敏标识、渠道、触点、跟进、合并记录
  customer merge ID ID        合并两位客户（先出现的保留）
  customer unmerge ID         把合并进来的客户重新拆出，带回其手机号、证件号和触点
  customer reviews            列出待审核队列（冲突和疑似重复）
  customer claim ID           认领无人负责的客户（已同步的售楼处由服务器在下次同步时
                              判定谁先认领）
  customer release ID         把自己的客户退回公海
  customer resolve REVIEW_ID merge|keep</translation>
    </message>
    <message>
        <source>show, merge, unmerge, reviews, resolve, claim or release</source>
        <translation>show、merge、unmerge、reviews、resolve、claim 或 release</translation>
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
    <name>CustomerExport</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting customers… %1 written</source>
        <translation>正在导出客户… 已写入 %1 位</translation>
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
        <source>must be after the follow-up itself</source>
        <translation>必须晚于本次跟进的时间</translation>
    </message>
    <message>
        <source>must be a whole number of fen, not negative</source>
        <translation>必须是不小于 0 的整数（单位：分）</translation>
    </message>
    <message>
        <source>must be an area in m² above 0</source>
        <translation>必须是大于 0 的面积（平方米）</translation>
    </message>
    <message>
        <source>must be phone or resident_id</source>
        <translation>只能是 phone 或 resident_id</translation>
    </message>
    <message>
        <source>cannot be set by hand to %1: sales sets it when the customer subscribes or signs</source>
        <translation>不能手工改为“%1”：客户认购或签约时由销售设置</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be &quot;male&quot; or &quot;female&quot;</source>
        <translation>只能是“male”（男）或“female”（女）</translation>
    </message>
    <message>
        <source>must be a whole number of people from 1 to 99</source>
        <translation>必须是 1 到 99 之间的整数人数</translation>
    </message>
    <message>
        <source>must be a text of at most 500 characters</source>
        <translation>必须是不超过 500 个字符的文本</translation>
    </message>
    <message>
        <source>Only a signed-in consultant can claim a customer.</source>
        <translation>只有已登录的置业顾问才能认领客户。</translation>
    </message>
    <message>
        <source>The customer is already %1&apos;s.</source>
        <translation>该客户已归 %1 所有。</translation>
    </message>
    <message>
        <source>The customer is %1&apos;s; only they, or a site manager, can give it back.</source>
        <translation>该客户归 %1 所有；只有本人或案场经理可以退回。</translation>
    </message>
    <message>
        <source>is not a channel of this office</source>
        <translation>不是本售楼处的渠道</translation>
    </message>
    <message>
        <source>is already registered</source>
        <translation>已经登记过</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>必须是 UUID</translation>
    </message>
    <message>
        <source>must be the sealed visitor in base64 (at most 8 KiB)</source>
        <translation>必须是 base64 编码的加密来访人信息（不超过 8 KiB）</translation>
    </message>
    <message>
        <source>must be a masked number such as 138****5678</source>
        <translation>必须是脱敏号码，例如 138****5678</translation>
    </message>
    <message>
        <source>must be a name of at most 100 characters, without a phone number</source>
        <translation>必须是不超过 100 个字符的称呼，且不能含电话号码</translation>
    </message>
    <message>
        <source>is required (milliseconds since 1970)</source>
        <translation>为必填项（自 1970 年起的毫秒数）</translation>
    </message>
</context>
<context>
    <name>CustomerReveal</name>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 转 %2</translation>
    </message>
    <message>
        <source>A resident id could not be opened with this office&apos;s key: %1</source>
        <translation>无法用本案场密钥解开身份证号：%1</translation>
    </message>
</context>
<context>
    <name>CustomerStatus</name>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已到访</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已认购</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
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
    <message>
        <source>the file cannot be created or opened there; check that you may write to that folder</source>
        <translation>无法在该位置创建或打开文件；请检查您是否有权写入该文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>you may not write to this file</source>
        <translation>您没有写入此文件的权限</translation>
    </message>
</context>
<context>
    <name>DayKind</name>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Swapped working day</source>
        <translation>调休上班日</translation>
    </message>
</context>
<context>
    <name>DecisionMode</name>
    <message>
        <source>Idle dispatch</source>
        <translation>空闲派单</translation>
    </message>
    <message>
        <source>Grab pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>Own consultant</source>
        <translation>归属顾问</translation>
    </message>
    <message>
        <source>Reception rotation</source>
        <translation>接待轮序</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>案场经理</translation>
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
    <name>DemoOffice</name>
    <message>
        <source>Demo sales office</source>
        <translation>演示售楼处</translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo office with %n customer(s)…</source>
        <translation>
            <numerusform>正在创建含 %n 位客户的演示售楼处…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>演示售楼处</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>First contact at %1, %2 after the lead arrived: later than %3 min</source>
        <translation>%1 首次联系，距线索到达 %2：超过 %3 分钟</translation>
    </message>
    <message>
        <source>First contact at %1, %2 after the lead arrived: within %3 min</source>
        <translation>%1 首次联系，距线索到达 %2：在 %3 分钟内</translation>
    </message>
    <message>
        <source>Not contacted %1 after the lead arrived: the %2 min passed at %3</source>
        <translation>线索到达 %1 仍未联系：%2 分钟时限已于 %3 到期</translation>
    </message>
    <message>
        <source>Not contacted yet, %1 after the lead arrived: %2 min end at %3</source>
        <translation>尚未联系，距线索到达已 %1：%2 分钟时限到 %3 为止</translation>
    </message>
    <message>
        <source>%1: not on duty</source>
        <translation>%1：未上班</translation>
    </message>
    <message>
        <source>%1: desk offline, cannot see the offer</source>
        <translation>%1：工作站离线，看不到抢单</translation>
    </message>
    <message>
        <source>%1: won %2 offers today, cap %3 reached</source>
        <translation>%1：今日已抢到 %2 单，已达上限 %3</translation>
    </message>
    <message>
        <source>%1: on duty, won %2 offers today, cap %3: sees the offer</source>
        <translation>%1：在岗，今日已抢到 %2 单，上限 %3：可见此单</translation>
    </message>
    <message>
        <source>Nobody can see the offer: idle dispatch instead</source>
        <translation>没有人能看到此单：改为空闲派单</translation>
    </message>
    <message>
        <source>Round %1 of %2: offered to %3 consultants for %4 s, until %5; the phone shows as %6 until claimed</source>
        <translation>第 %1/%2 轮：推送给 %3 位顾问，限时 %4 秒，至 %5；被抢到之前电话显示为 %6</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <source>If nobody claims it: another round, then idle dispatch, then the site manager</source>
        <translation>若无人抢单：再推一轮，然后空闲派单，最后交给案场经理</translation>
    </message>
    <message>
        <source>If nobody claims it: idle dispatch, then the site manager</source>
        <translation>若无人抢单：空闲派单，最后交给案场经理</translation>
    </message>
    <message>
        <source>Nobody claimed round %1</source>
        <translation>第 %1 轮无人抢单</translation>
    </message>
    <message>
        <source>After %1 rounds: idle dispatch</source>
        <translation>%1 轮之后：空闲派单</translation>
    </message>
    <message>
        <source>%1 gets the lead: the only idle consultant</source>
        <translation>%1 获得线索：唯一空闲的顾问</translation>
    </message>
    <message>
        <source>%1 gets the lead: idle the longest</source>
        <translation>%1 获得线索：空闲时间最长</translation>
    </message>
    <message>
        <source>%1 gets the lead: as long idle as %2, fewer leads today (%3 against %4)</source>
        <translation>%1 获得线索：与 %2 空闲时间相同，今日线索更少（%3 对 %4）</translation>
    </message>
    <message>
        <source>%1 gets the lead: as long idle as %2 with as many leads today; first in the stable order</source>
        <translation>%1 获得线索：与 %2 空闲时间和今日线索数都相同，按固定顺序排在前面</translation>
    </message>
    <message>
        <source>%1: %2 leads today, cap %3 reached</source>
        <translation>%1：今日已有 %2 条线索，已达上限 %3</translation>
    </message>
    <message>
        <source>%1: got a lead %2 min ago, not idle until %3 min have passed</source>
        <translation>%1：%2 分钟前刚分到线索，满 %3 分钟才算空闲</translation>
    </message>
    <message>
        <source>%1: last follow-up %2 min ago, not idle until %3 min have passed</source>
        <translation>%1：上次跟进在 %2 分钟前，满 %3 分钟才算空闲</translation>
    </message>
    <message>
        <source>%1: idle %2 min, on duty, %3 leads today, cap %4</source>
        <translation>%1：空闲 %2 分钟，在岗，今日 %3 条线索，上限 %4</translation>
    </message>
    <message>
        <source>%1: no follow-up or lead yet today, on duty, %2 leads today, cap %3</source>
        <translation>%1：今日尚无跟进和线索，在岗，今日 %2 条线索，上限 %3</translation>
    </message>
    <message>
        <source>Nobody is idle and no site manager is on the roster: the lead stays unassigned</source>
        <translation>没有空闲顾问，也没有在册的案场经理：线索暂不分配</translation>
    </message>
    <message>
        <source>Nobody is idle: the lead goes to %1</source>
        <translation>没有空闲顾问：线索交给%1</translation>
    </message>
    <message>
        <source>Nobody is idle: the lead waits for the next idle consultant; if nobody is idle by %1 (%2 min) it goes to %3</source>
        <translation>没有空闲顾问：线索等待下一位空闲顾问；若到 %1（%2 分钟）仍无人空闲，交给%3</translation>
    </message>
    <message>
        <source>grab pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>idle dispatch</source>
        <translation>空闲派单</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>一位经理</translation>
    </message>
    <message>
        <source>%1 set %2 by hand until %3 (%4); the calendar decides again then</source>
        <translation>%1 手动设为%2，直到 %3（%4）；之后重新按日历决定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 customers, the most allowed (pool.max_holding %3)</source>
        <translation>%1 已持有 %2 位客户，达到上限（pool.max_holding %3）</translation>
    </message>
    <message>
        <source>%1 has claimed %2 customers from the pool today, the most allowed (pool.daily_claims %3)</source>
        <translation>%1 今日已从公海领取 %2 位客户，达到上限（pool.daily_claims %3）</translation>
    </message>
    <message>
        <source>%1 may claim: holds %2 of %3, claimed %4 of %5 today</source>
        <translation>%1 可以领取：持有 %2/%3，今日已领取 %4/%5</translation>
    </message>
    <message>
        <source>In the public pool: nobody&apos;s protection</source>
        <translation>在公海中：不受任何人保护</translation>
    </message>
    <message>
        <source>Signed: the customer stays with %1</source>
        <translation>已签约：客户始终归 %1</translation>
    </message>
    <message>
        <source>deal protection, %1 days from the subscription on %2</source>
        <translation>成交保护期，自 %2 认购起 %1 天</translation>
    </message>
    <message>
        <source>visit protection, %1 days from the last visit on %2</source>
        <translation>到访保护期，自 %2 最近一次到访起 %1 天</translation>
    </message>
    <message>
        <source>%1 days from getting the customer on %2, no visit yet</source>
        <translation>自 %2 获得客户起 %1 天，尚未到访</translation>
    </message>
    <message>
        <source>%1&apos;s protection ended on %2 (%3)</source>
        <translation>%1 的保护期已于 %2 结束（%3）</translation>
    </message>
    <message>
        <source>Protected for %1 until %2 (%3)</source>
        <translation>%1 的保护期至 %2（%3）</translation>
    </message>
    <message>
        <source>Marked invalid: back to the public pool</source>
        <translation>已标为无效：回收到公海</translation>
    </message>
    <message>
        <source>%1 has left the office: back to the public pool for handing over</source>
        <translation>%1 已离职：回收到公海以便交接</translation>
    </message>
    <message>
        <source>Subscribed, but no contract before deal protection ended</source>
        <translation>已认购，但成交保护期结束前未签约</translation>
    </message>
    <message>
        <source>No follow-up for %1 days (limit %2): back to the public pool</source>
        <translation>已 %1 天未跟进（上限 %2 天）：回收到公海</translation>
    </message>
    <message>
        <source>Last followed up %1 days ago (limit %2)</source>
        <translation>上次跟进在 %1 天前（上限 %2 天）</translation>
    </message>
    <message>
        <source>No subscription %1 days after %2 got the customer (limit %3): back to the public pool</source>
        <translation>%2 获得客户已 %1 天仍未认购（上限 %3 天）：回收到公海</translation>
    </message>
    <message>
        <source>Protection ended: back to the public pool</source>
        <translation>保护期已结束：回收到公海</translation>
    </message>
    <message>
        <source>%1: receiving a visitor</source>
        <translation>%1：接待中</translation>
    </message>
    <message>
        <source>%1: on a break</source>
        <translation>%1：休息中</translation>
    </message>
    <message>
        <source>the site manager</source>
        <translation>案场经理</translation>
    </message>
    <message>
        <source>the site manager %1</source>
        <translation>案场经理%1</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>新访客</translation>
    </message>
    <message>
        <source>Returning visitor without a consultant</source>
        <translation>老访客，没有归属顾问</translation>
    </message>
    <message>
        <source>Returning visitor of %1, whose protection has ended: the reception rotation decides</source>
        <translation>%1 的老访客，保护期已结束：按接待轮序安排</translation>
    </message>
    <message>
        <source>Protected customer of %1 (until %2): %1 is on duty and receives them</source>
        <translation>%1 的保护期内客户（至 %2）：%1 在岗，由 %1 接待</translation>
    </message>
    <message>
        <source>Protected customer of %1 (until %2)</source>
        <translation>%1 的保护期内客户（至 %2）</translation>
    </message>
    <message>
        <source>%1: not on the roster today</source>
        <translation>%1：今日不在值班名单上</translation>
    </message>
    <message>
        <source>The reception rotation picks who receives them for now; the customer stays %1&apos;s and %1 is told</source>
        <translation>先按接待轮序安排人代为接待；客户仍归 %1，并通知 %1</translation>
    </message>
    <message>
        <source>%1: in the rotation but not on the roster</source>
        <translation>%1：在接待轮序中，但不在值班名单上</translation>
    </message>
    <message>
        <source>%1 is next in the reception rotation and free: %1 receives the visitor</source>
        <translation>%1 在接待轮序中排在下一位且空闲：由 %1 接待</translation>
    </message>
    <message>
        <source>Nobody in the reception rotation is free: %1 receives the visitor</source>
        <translation>接待轮序中没有人空闲：由%1接待</translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>Dispatch by hand:
  dispatch mode --set grab|idle|calendar [--until ISO8601] [--project NAME]
      run a day or a period as a grab pool or as idle dispatch (until the end of today unless
      --until says otherwise); calendar hands the decision back to the holiday calendar</source>
        <translation>手动设置派单：
  dispatch mode --set grab|idle|calendar [--until ISO8601] [--project NAME]
      把某天或某段时间设为抢单池或空闲派单（默认到今天结束，
      可用 --until 指定）；calendar 表示交还节假日日历决定</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>grab, idle or calendar.</source>
        <translation>grab、idle 或 calendar。</translation>
    </message>
    <message>
        <source>When the calendar decides again.</source>
        <translation>何时重新由日历决定。</translation>
    </message>
    <message>
        <source>one action: mode</source>
        <translation>需要一个操作：mode</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>--set takes grab, idle or calendar</source>
        <translation>--set 只接受 grab、idle 或 calendar</translation>
    </message>
    <message>
        <source>--until takes a moment as ISO 8601 (2026-10-01T18:00+08:00), not &quot;%1&quot;</source>
        <translation>--until 需要 ISO 8601 时刻（如 2026-10-01T18:00+08:00），而不是“%1”</translation>
    </message>
</context>
<context>
    <name>DispatchMode</name>
    <message>
        <source>Idle dispatch</source>
        <translation>空闲派单</translation>
    </message>
    <message>
        <source>Grab pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>must be later than now</source>
        <translation>必须晚于现在</translation>
    </message>
    <message>
        <source>must be grab, idle or calendar</source>
        <translation>必须是 grab、idle 或 calendar</translation>
    </message>
    <message>
        <source>must say until when (epoch ms) the mode holds</source>
        <translation>必须给出该模式持续到何时（epoch 毫秒）</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>This office database is already enrolled with a hub (%1).</source>
        <translation>此售楼处数据库已登记到服务器（%1）。</translation>
    </message>
    <message>
        <source>This office database has another key than the hub&apos;s office: it is a different office. Nothing was changed.</source>
        <translation>此售楼处数据库的密钥与服务器上的售楼处不同：这是另一个售楼处。未做任何改动。</translation>
    </message>
    <message>
        <source>The reception kiosk starts from a new database: this one already holds an office&apos;s data or key. Enroll the kiosk into a new file; nothing was changed.</source>
        <translation>前台接待终端必须从新数据库开始：此数据库已经有售楼处的数据或密钥。请把前台登记到一个新文件；未做任何更改。</translation>
    </message>
    <message>
        <source>The hub sent no office sealing key for the reception kiosk; update the hub to this version.</source>
        <translation>售楼处服务器没有发来供前台使用的售楼处加密公钥；请把服务器升级到此版本。</translation>
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
        <translation>映射必须是包含 “columns” 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;channel&quot; must be a string</source>
        <translation>“channel” 必须是字符串</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the mapping (expected &quot;channel&quot; or &quot;columns&quot;)</source>
        <translation>映射中有未知的键“%1”（应为 “channel” 或 “columns”）</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object of column name → field</source>
        <translation>“columns” 必须是“列名 → 字段”的对象</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; for column &quot;%2&quot; (expected &quot;field&quot; or &quot;platform&quot;)</source>
        <translation>列“%2”有未知的键“%1”（应为 “field” 或 “platform”）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;field&quot; must be a string</source>
        <translation>列“%1”：“field” 必须是字符串</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: expected a field name or an object with &quot;field&quot;</source>
        <translation>列“%1”：应为字段名或包含 “field” 的对象</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for column &quot;%2&quot; (known fields: %3)</source>
        <translation>列“%2”的字段“%1”未知（可用字段：%3）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; maps to &quot;platform_id&quot; but names no &quot;platform&quot;</source>
        <translation>列“%1”映射为 “platform_id”，但没有指定 “platform”</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not in the file header (the header is: %2)</source>
        <translation>文件表头中没有列“%1”（表头为：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>FollowUpKind</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>带看</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <source>Grade A</source>
        <translation>A级</translation>
    </message>
    <message>
        <source>Grade B</source>
        <translation>B级</translation>
    </message>
    <message>
        <source>Grade C</source>
        <translation>C级</translation>
    </message>
    <message>
        <source>Grade D</source>
        <translation>D级</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>the calendar loaded for the office on %1</source>
        <translation>%1 为售楼处载入的日历</translation>
    </message>
    <message>
        <source>the calendar loaded for this project on %1</source>
        <translation>%1 为本项目载入的日历</translation>
    </message>
    <message>
        <source>the calendar shipped with Shoulou</source>
        <translation>Shoulou 自带的日历</translation>
    </message>
</context>
<context>
    <name>HubAdmin</name>
    <message>
        <source>The office needs a name (at most 200 characters).</source>
        <translation>售楼处需要一个名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>No free office code was found; try again.</source>
        <translation>没有找到可用的售楼处代码，请重试。</translation>
    </message>
    <message>
        <source>There is no office with the code %1 at this hub.</source>
        <translation>此服务器上没有代码为 %1 的售楼处。</translation>
    </message>
    <message>
        <source>The login must be 1 to 64 characters without spaces.</source>
        <translation>登录名必须为 1 到 64 个字符，且不含空格。</translation>
    </message>
    <message>
        <source>The name must be 1 to 100 characters.</source>
        <translation>姓名必须为 1 到 100 个字符。</translation>
    </message>
    <message>
        <source>The role must be one of kiosk, consultant, manager, channel, admin.</source>
        <translation>角色必须是 kiosk、consultant、manager、channel、admin 之一。</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>该售楼处已不存在。</translation>
    </message>
    <message>
        <source>The office already has a user with the login %1.</source>
        <translation>该售楼处已有登录名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The office has no user with the login %1.</source>
        <translation>该售楼处没有登录名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The user %1 is revoked already.</source>
        <translation>用户 %1 已被停用。</translation>
    </message>
    <message>
        <source>No workstation %1 is enrolled at this hub.</source>
        <translation>此服务器上没有已登记的工作站 %1。</translation>
    </message>
    <message>
        <source>The workstation %1 is revoked already.</source>
        <translation>工作站 %1 已被吊销。</translation>
    </message>
</context>
<context>
    <name>HubBackup</name>
    <message>
        <source>Copy the hub&apos;s database to FILE while it keeps serving (one consistent snapshot). Keep hub.key, cert.pem and key.pem of the data directory too: they never change, and a restore needs the same hub.key.</source>
        <translation>在服务器继续运行的同时，把服务器数据库复制到 FILE（一致的快照）。也请保存数据目录中的 hub.key、cert.pem 和 key.pem：它们不会改变，恢复时需要同一个 hub.key。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须提供 --out</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Replace the hub&apos;s database by a backup (the hub must be stopped). The hub gets a new epoch: every workstation re-bootstraps from it and pushes again what the backup lacks.</source>
        <translation>用备份替换服务器数据库（服务器必须先停止）。服务器会得到新的纪元：每个工作站都会从服务器重新初始化，并重新推送备份中缺少的内容。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>--from is required</source>
        <translation>必须提供 --from</translation>
    </message>
    <message>
        <source>restored; new hub epoch %1</source>
        <translation>已恢复；服务器的新纪元为 %1</translation>
    </message>
</context>
<context>
    <name>HubCertificate</name>
    <message>
        <source>Could not make the hub&apos;s certificate (%1: %2).</source>
        <translation>无法生成服务器证书（%1：%2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists already; it is never overwritten.</source>
        <translation>%1 已存在；它永远不会被覆盖。</translation>
    </message>
    <message>
        <source>%1 does not hold the hub&apos;s certificate.</source>
        <translation>%1 中没有服务器证书。</translation>
    </message>
</context>
<context>
    <name>HubCli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The hub&apos;s data directory.</source>
        <translation>服务器的数据目录。</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>必须提供 --data</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>错误：未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: shoulou-hub COMMAND [options]

Commands:
  init --data DIR [--database postgresql://…]
  office add --data DIR --name NAME        office list --data DIR
  user add --data DIR --office CODE --login LOGIN --name NAME --role ROLE   (password on stdin)
  user revoke|list --data DIR --office CODE [--login LOGIN]
  workstation list --data DIR --office CODE    workstation revoke --data DIR --id ID
  serve --data DIR --listen HOST:PORT
  backup --data DIR --out FILE    restore --data DIR --from FILE
  fingerprint --data DIR    snapshot --data DIR [--office CODE]

Run &apos;shoulou-hub COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 refused or failed, 2 wrong usage or bad input.
</source>
        <translation>用法：shoulou-hub 命令 [选项]

命令：
  init --data DIR [--database postgresql://…]
  office add --data DIR --name NAME        office list --data DIR
  user add --data DIR --office CODE --login LOGIN --name NAME --role ROLE   （密码从标准输入读取）
  user revoke|list --data DIR --office CODE [--login LOGIN]
  workstation list --data DIR --office CODE    workstation revoke --data DIR --id ID
  serve --data DIR --listen HOST:PORT
  backup --data DIR --out FILE    restore --data DIR --from FILE
  fingerprint --data DIR    snapshot --data DIR [--office CODE]

运行“shoulou-hub 命令 --help”查看某个命令的选项。
退出状态：0 完成，1 被拒绝或失败，2 用法错误或输入有误。
</translation>
    </message>
</context>
<context>
    <name>HubDataDir</name>
    <message>
        <source>%1 holds a hub already (%2 exists); nothing was changed.</source>
        <translation>%1 中已有服务器（%2 已存在）；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>%1 holds no hub; run &quot;shoulou-hub init --data %1&quot; first.</source>
        <translation>%1 中没有服务器；请先运行“shoulou-hub init --data %1”。</translation>
    </message>
    <message>
        <source>%1 was not initialised completely; make a new data directory.</source>
        <translation>%1 未完整初始化；请新建一个数据目录。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The hub is running (it holds %1). Stop it before restoring.</source>
        <translation>服务器正在运行（它占用着 %1）。请先停止服务器再恢复。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>无法把 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>%1 is not a backup of a hub: %2</source>
        <translation>%1 不是服务器的备份：%2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>it holds no hub</source>
        <translation>其中没有服务器</translation>
    </message>
    <message>
        <source>it is the backup of another hub (its key differs from %1)</source>
        <translation>它是另一台服务器的备份（其密钥与 %1 不同）</translation>
    </message>
    <message>
        <source>%1 was not restored: %2. Nothing was changed.</source>
        <translation>%1 未恢复：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database (%1); nothing was changed.</source>
        <translation>无法保留当前数据库的副本（%1）；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not move the restored database into place; %1 is still there and %2 holds the previous one.</source>
        <translation>无法把恢复的数据库放到位；%1 仍在原处，%2 中保存着之前的数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL database holds a hub already. For another process of that hub, copy its data directory instead of running init.</source>
        <translation>该 PostgreSQL 数据库中已有服务器。若要为该服务器再运行一个进程，请复制其数据目录，而不要运行 init。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>A hub on PostgreSQL is backed up with PostgreSQL&apos;s own tools (pg_dump).</source>
        <translation>使用 PostgreSQL 的服务器请用 PostgreSQL 自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>A hub on PostgreSQL is restored with PostgreSQL&apos;s own tools (pg_restore); then give it a new epoch by hand.</source>
        <translation>使用 PostgreSQL 的服务器请用 PostgreSQL 自带的工具（pg_restore）恢复，然后手动为其设置新的纪元。</translation>
    </message>
</context>
<context>
    <name>HubFrame</name>
    <message>
        <source>The frame is larger than 1 MiB.</source>
        <translation>消息帧超过 1 MiB。</translation>
    </message>
    <message>
        <source>The frame is nested deeper than %1 levels.</source>
        <translation>消息帧的嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>The frame is not valid JSON (at byte %1).</source>
        <translation>消息帧不是有效的 JSON（在第 %1 字节处）。</translation>
    </message>
    <message>
        <source>The frame is not a JSON object.</source>
        <translation>消息帧不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; %2</source>
        <translation>字段“%1”%2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>多于 %1 项</translation>
    </message>
    <message>
        <source>must be base64</source>
        <translation>必须是 base64</translation>
    </message>
    <message>
        <source>must hold %1 bytes</source>
        <translation>必须是 %1 个字节</translation>
    </message>
    <message>
        <source>must be a UUID in lowercase text</source>
        <translation>必须是小写文本形式的 UUID</translation>
    </message>
</context>
<context>
    <name>HubInit</name>
    <message>
        <source>Keep the hub&apos;s data in PostgreSQL (postgresql://…) instead of DIR/hub.db.</source>
        <translation>把服务器数据保存在 PostgreSQL（postgresql://…）中，而不是 DIR/hub.db。</translation>
    </message>
    <message>
        <source>--database must be a postgresql:// address</source>
        <translation>--database 必须是 postgresql:// 地址</translation>
    </message>
    <message>
        <source>Print the fingerprint of the hub&apos;s TLS certificate.</source>
        <translation>输出服务器 TLS 证书的指纹。</translation>
    </message>
    <message>
        <source>Make a new hub in DIR: its database, its key and its TLS certificate. Prints the certificate&apos;s fingerprint, which every workstation compares when it enrolls. With --database, the hub&apos;s data goes to PostgreSQL; run more hub processes on copies of DIR.</source>
        <translation>在 DIR 中新建服务器：数据库、密钥和 TLS 证书。输出证书指纹，每个工作站登记时都要核对它。使用 --database 时，服务器数据保存在 PostgreSQL 中；可在 DIR 的副本上运行更多服务器进程。</translation>
    </message>
</context>
<context>
    <name>HubKeys</name>
    <message>
        <source>Hub key file %1: %2</source>
        <translation>服务器密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
    <message>
        <source>it already exists and is never overwritten</source>
        <translation>它已存在，永远不会被覆盖</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>it belongs to another hub</source>
        <translation>它属于另一台服务器</translation>
    </message>
</context>
<context>
    <name>HubOffice</name>
    <message>
        <source>Add an office to the hub; prints its code (what a person types when enrolling a workstation).</source>
        <translation>在服务器上添加售楼处；输出其代码（登记工作站时要输入的代码）。</translation>
    </message>
    <message>
        <source>The office&apos;s name.</source>
        <translation>售楼处名称。</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>必须提供 --name</translation>
    </message>
    <message>
        <source>List the hub&apos;s offices, one JSON line each.</source>
        <translation>列出服务器上的售楼处，每个一行 JSON。</translation>
    </message>
    <message>
        <source>say &quot;office add&quot; or &quot;office list&quot;</source>
        <translation>请使用“office add”或“office list”</translation>
    </message>
</context>
<context>
    <name>HubPassword</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
    <message>
        <source>Not enough memory to compute the password verifier.</source>
        <translation>内存不足，无法计算密码校验值。</translation>
    </message>
</context>
<context>
    <name>HubServe</name>
    <message>
        <source>Serve the hub&apos;s offices to their workstations over TLS WebSockets (wss://HOST:PORT/v1) until stopped.</source>
        <translation>通过 TLS WebSocket（wss://HOST:PORT/v1）为各售楼处的工作站提供服务，直到被停止。</translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 0.0.0.0:8443 (port 0: any free one).</source>
        <translation>监听的地址和端口，例如 0.0.0.0:8443（端口 0：任一空闲端口）。</translation>
    </message>
    <message>
        <source>Connections one address may hold at once (default 16).</source>
        <translation>同一地址可同时保持的连接数（默认 16）。</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 0.0.0.0:8443</source>
        <translation>--listen 必须是 HOST:PORT，例如 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>--max-connections-per-address must be from 1 to 10000</source>
        <translation>--max-connections-per-address 必须在 1 到 10000 之间</translation>
    </message>
    <message>
        <source>Another shoulou-hub serves %1 already (it holds %2).</source>
        <translation>已有另一个 shoulou-hub 在为 %1 提供服务（它占用着 %2）。</translation>
    </message>
    <message>
        <source>Seconds a workstation&apos;s session lasts after its last use (default 43200, 12 h); then it signs in again.</source>
        <translation>工作站会话在最后一次使用后保持的秒数（默认 43200，即 12 小时）；之后需重新登录。</translation>
    </message>
    <message>
        <source>--session-ttl must be from 1 to 2592000 seconds (30 days)</source>
        <translation>--session-ttl 必须在 1 到 2592000 秒（30 天）之间</translation>
    </message>
    <message>
        <source>Days the full log is kept once a snapshot covers it (default 90; 0 keeps it all). A workstation further behind starts again from the snapshot.</source>
        <translation>快照覆盖后完整日志保留的天数（默认 90；0 表示全部保留）。落后更多的工作站将从快照重新开始。</translation>
    </message>
    <message>
        <source>--retention-days must be from 0 to 36500</source>
        <translation>--retention-days 必须在 0 到 36500 之间</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <source>Cannot read the hub&apos;s certificate %1 or its key %2.</source>
        <translation>无法读取服务器证书 %1 或其密钥 %2。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate %1 or its key %2 is damaged.</source>
        <translation>服务器证书 %1 或其密钥 %2 已损坏。</translation>
    </message>
    <message>
        <source>This system&apos;s Qt has no TLS support (OpenSSL).</source>
        <translation>此系统的 Qt 不支持 TLS（OpenSSL）。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>Too many frames; slow down. This one was not handled.</source>
        <translation>消息帧过多，请放慢速度。此帧未被处理。</translation>
    </message>
    <message>
        <source>The hub reads text frames only.</source>
        <translation>服务器只接受文本消息帧。</translation>
    </message>
</context>
<context>
    <name>HubService</name>
    <message>
        <source>names no frame type of protocol 1</source>
        <translation>不是协议 1 中的消息帧类型</translation>
    </message>
    <message>
        <source>The hub could not read or write its database. Try again.</source>
        <translation>服务器无法读写其数据库。请重试。</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>This workstation has been revoked at the hub.</source>
        <translation>此工作站已在服务器上被吊销。</translation>
    </message>
    <message>
        <source>The account %1 has been revoked.</source>
        <translation>账户 %1 已被停用。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>must be &quot;kiosk&quot; or &quot;desk&quot;</source>
        <translation>必须是“kiosk”或“desk”</translation>
    </message>
    <message>
        <source>is required when has_history is true</source>
        <translation>在 has_history 为 true 时必须提供</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>失败次数过多。请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>There is no office with the code %1 at this hub.</source>
        <translation>此服务器上没有代码为 %1 的售楼处。</translation>
    </message>
    <message>
        <source>This workstation is enrolled in another office of this hub; it cannot join a second one.</source>
        <translation>此工作站已登记在本服务器的另一个售楼处；不能再加入第二个。</translation>
    </message>
    <message>
        <source>The office %1 at the hub already has data, so an office with data of its own cannot join it. Enroll from a new, empty database instead; its data then comes from the hub.</source>
        <translation>服务器上的售楼处 %1 已有数据，因此带有自身数据的售楼处不能加入。请改用一个新的空数据库登记，数据将从服务器获取。</translation>
    </message>
    <message>
        <source>Another workstation is already bringing its office&apos;s data into %1; only one office&apos;s data can become the hub&apos;s.</source>
        <translation>已有另一个工作站正在把其售楼处的数据带入 %1；只有一个售楼处的数据能成为服务器的数据。</translation>
    </message>
    <message>
        <source>The reception kiosk never holds the office key.</source>
        <translation>前台接待终端永远不持有售楼处密钥。</translation>
    </message>
    <message>
        <source>is not sealed to this hub&apos;s key</source>
        <translation>不是用此服务器的密钥封装的</translation>
    </message>
    <message>
        <source>The office already has its key; it is never replaced.</source>
        <translation>该售楼处已有密钥；它永远不会被替换。</translation>
    </message>
    <message>
        <source>This workstation is not enrolled at the hub; enroll it first.</source>
        <translation>此工作站尚未在服务器上登记；请先登记。</translation>
    </message>
    <message>
        <source>The session belongs to another workstation; sign in again.</source>
        <translation>该会话属于另一个工作站；请重新登录。</translation>
    </message>
    <message>
        <source>This hub speaks protocol version 1, not %1. Install the same Shoulou version on the hub and the workstations.</source>
        <translation>此服务器使用协议版本 1，而不是 %1。请在服务器和工作站上安装相同版本的 Shoulou。</translation>
    </message>
    <message>
        <source>The hub could not write its database; nothing was kept. Try again.</source>
        <translation>服务器无法写入其数据库；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>The change names no user; only a signed-in user&apos;s changes are accepted.</source>
        <translation>该更改没有注明用户；只接受已登录用户的更改。</translation>
    </message>
    <message>
        <source>The change was made by someone who is not a user of this office.</source>
        <translation>该更改由非本售楼处用户做出。</translation>
    </message>
    <message>
        <source>The change was made by %1, whose account has been revoked.</source>
        <translation>该更改由 %1 做出，其账户已被停用。</translation>
    </message>
    <message>
        <source>must follow the one before (client_seq is contiguous)</source>
        <translation>必须紧接前一个（client_seq 是连续的）</translation>
    </message>
    <message>
        <source>client_seq %1 was acknowledged for another change (op_id %2).</source>
        <translation>client_seq %1 已被确认为另一项更改（op_id %2）。</translation>
    </message>
    <message>
        <source>The hub expected client_seq %1, not %2.</source>
        <translation>服务器期望的 client_seq 是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>op_id %1 was already received under another client_seq.</source>
        <translation>op_id %1 已以另一个 client_seq 收到过。</translation>
    </message>
    <message>
        <source>must be the clock as a decimal text</source>
        <translation>必须是以十进制文本表示的时钟值</translation>
    </message>
    <message>
        <source>The hub no longer keeps the changes after %1; this workstation starts again from the office&apos;s snapshot.</source>
        <translation>服务器已不再保存 %1 之后的变更；此工作站将从售楼处的快照重新开始。</translation>
    </message>
    <message>
        <source>The reception kiosk never receives the office&apos;s snapshot.</source>
        <translation>前台自助机永远不会收到售楼处的快照。</translation>
    </message>
    <message>
        <source>The hub no longer has that snapshot; ask for the latest one again.</source>
        <translation>服务器上已没有该快照；请重新获取最新的快照。</translation>
    </message>
    <message>
        <source>is beyond the end of the snapshot</source>
        <translation>超出了快照的末尾</translation>
    </message>
    <message>
        <source>The reception kiosk starts from a new, empty database; an office&apos;s data cannot come in through it.</source>
        <translation>前台接待终端必须从新的空数据库开始；售楼处的数据不能通过前台带入。</translation>
    </message>
    <message>
        <source>The office %1 has no key yet: enrol a desk of the office first, then the reception kiosk.</source>
        <translation>售楼处 %1 还没有密钥：请先登记本售楼处的一台工作站，再登记前台接待终端。</translation>
    </message>
</context>
<context>
    <name>HubSignIn</name>
    <message>
        <source>The hub does not accept this login and password.</source>
        <translation>售楼处服务器不接受此登录名和密码。</translation>
    </message>
    <message>
        <source>This account has been revoked at the hub.</source>
        <translation>该账户已在售楼处服务器上被停用。</translation>
    </message>
    <message>
        <source>This workstation has been revoked at the hub; it no longer syncs.</source>
        <translation>此工作站已被售楼处服务器停用，不再同步。</translation>
    </message>
    <message>
        <source>The hub does not know this workstation; it was enrolled with another hub.</source>
        <translation>售楼处服务器不认识此工作站；它是在另一台服务器上加入的。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins at the hub; wait a moment and try again.</source>
        <translation>在售楼处服务器上登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1); working offline.</source>
        <translation>无法连接售楼处服务器（%1）；正在离线工作。</translation>
    </message>
    <message>
        <source>This office database is not enrolled with a hub.</source>
        <translation>此售楼处数据库尚未加入售楼处服务器。</translation>
    </message>
</context>
<context>
    <name>HubSnapshot</name>
    <message>
        <source>Make a snapshot of every office (or of one) now: new workstations start from it instead of the whole log, and the log entries it covers that are older than the retention window are slimmed. The hub must be stopped; shoulou-hub serve makes snapshots by itself.</source>
        <translation>立即为每个售楼处（或指定的一个）制作快照：新工作站将从快照开始，而不必应用整个日志；快照覆盖且早于保留期的日志条目将被精简。服务器必须先停止；shoulou-hub serve 运行时会自行制作快照。</translation>
    </message>
    <message>
        <source>Only the office with this code.</source>
        <translation>只处理此代码的售楼处。</translation>
    </message>
    <message>
        <source>Days the full log is kept (default 90; 0 keeps it all).</source>
        <translation>完整日志保留的天数（默认 90；0 表示全部保留）。</translation>
    </message>
    <message>
        <source>--retention-days must be from 0 to 36500</source>
        <translation>--retention-days 必须在 0 到 36500 之间</translation>
    </message>
    <message>
        <source>A hub on PostgreSQL makes no snapshots; it keeps its whole log.</source>
        <translation>使用 PostgreSQL 的服务器不制作快照；它保留完整的日志。</translation>
    </message>
    <message>
        <source>shoulou-hub serve is running on %1; it makes the snapshots itself.</source>
        <translation>shoulou-hub serve 正在 %1 上运行；它会自行制作快照。</translation>
    </message>
    <message>
        <source>%1: no changes yet, no snapshot</source>
        <translation>%1：尚无变更，不制作快照</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>错误：%1：%2</translation>
    </message>
    <message>
        <source>%1: snapshot at hub_seq %2 (%3 bytes)</source>
        <translation>%1：已在 hub_seq %2 处制作快照（%3 字节）</translation>
    </message>
    <message>
        <source>There is no office with the code %1 at this hub.</source>
        <translation>此服务器上没有代码为 %1 的售楼处。</translation>
    </message>
</context>
<context>
    <name>HubStore</name>
    <message>
        <source>The office does not exist.</source>
        <translation>该售楼处不存在。</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>无法把副本移动到 %1。</translation>
    </message>
</context>
<context>
    <name>HubUser</name>
    <message>
        <source>The office&apos;s code (as &quot;office add&quot; printed it).</source>
        <translation>售楼处代码（即“office add”输出的代码）。</translation>
    </message>
    <message>
        <source>Add a user to an office; the password is read from stdin (one line). Until the office&apos;s first workstation has synced, the user waits at the hub; then every workstation gets them.</source>
        <translation>为售楼处添加用户；密码从标准输入读取（一行）。在该售楼处的第一个工作站同步之前，用户暂存在服务器上；之后每个工作站都会收到该用户。</translation>
    </message>
    <message>
        <source>The user&apos;s login.</source>
        <translation>用户的登录名。</translation>
    </message>
    <message>
        <source>The user&apos;s name as shown.</source>
        <translation>显示的用户姓名。</translation>
    </message>
    <message>
        <source>kiosk, consultant, manager, channel or admin.</source>
        <translation>kiosk、consultant、manager、channel 或 admin。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <source>give the password on stdin (one line)</source>
        <translation>请通过标准输入提供密码（一行）</translation>
    </message>
    <message>
        <source>user %1 added; it reaches the workstations when the office first syncs</source>
        <translation>已添加用户 %1；售楼处首次同步时该用户会到达各工作站</translation>
    </message>
    <message>
        <source>user %1 added</source>
        <translation>已添加用户 %1</translation>
    </message>
    <message>
        <source>Revoke a user: the hub refuses their sign-ins, sessions and changes from now on, and every workstation learns it.</source>
        <translation>停用用户：从现在起服务器拒绝其登录、会话和更改，每个工作站也都会得知。</translation>
    </message>
    <message>
        <source>--office and --login are required</source>
        <translation>必须提供 --office 和 --login</translation>
    </message>
    <message>
        <source>user %1 revoked</source>
        <translation>已停用用户 %1</translation>
    </message>
    <message>
        <source>List an office&apos;s users, one JSON line each.</source>
        <translation>列出售楼处的用户，每人一行 JSON。</translation>
    </message>
    <message>
        <source>--office is required</source>
        <translation>必须提供 --office</translation>
    </message>
    <message>
        <source>say &quot;user add&quot;, &quot;user revoke&quot; or &quot;user list&quot;</source>
        <translation>请使用“user add”、“user revoke”或“user list”</translation>
    </message>
</context>
<context>
    <name>HubWorkstation</name>
    <message>
        <source>List an office&apos;s workstations, one JSON line each.</source>
        <translation>列出售楼处的工作站，每个一行 JSON。</translation>
    </message>
    <message>
        <source>The office&apos;s code.</source>
        <translation>售楼处代码。</translation>
    </message>
    <message>
        <source>--office is required</source>
        <translation>必须提供 --office</translation>
    </message>
    <message>
        <source>Revoke a workstation: its sessions end and the hub refuses it from now on (a lost or stolen desk).</source>
        <translation>吊销工作站：其会话结束，从现在起服务器拒绝它（用于丢失或被盗的电脑）。</translation>
    </message>
    <message>
        <source>The workstation&apos;s id (see &quot;workstation list&quot;).</source>
        <translation>工作站的 ID（见“workstation list”）。</translation>
    </message>
    <message>
        <source>--id is required</source>
        <translation>必须提供 --id</translation>
    </message>
    <message>
        <source>workstation %1 revoked</source>
        <translation>已吊销工作站 %1</translation>
    </message>
    <message>
        <source>say &quot;workstation list&quot; or &quot;workstation revoke&quot;</source>
        <translation>请使用“workstation list”或“workstation revoke”</translation>
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
    <message>
        <source>Review item %1 is about one customer whose records carry different names; it cannot be split here.</source>
        <translation>审核项 %1 涉及的是同一位客户名下姓名不同的记录，无法在此拆分。</translation>
    </message>
    <message>
        <source>must list at least one review item</source>
        <translation>至少要列出一个审核项</translation>
    </message>
    <message>
        <source>must be &quot;manual&quot; or &quot;review&quot;</source>
        <translation>必须是 &quot;manual&quot; 或 &quot;review&quot;</translation>
    </message>
    <message>
        <source>is not a known result</source>
        <translation>不是已知的结果</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
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
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Rows per transaction (default 40000).</source>
        <translation>每个事务处理的行数（默认 40000）。</translation>
    </message>
    <message>
        <source>How dates like 03/04/2025 are read: dmy (day first) or mdy (month first); default: decided from the file&apos;s first rows.</source>
        <translation>03/04/2025 这类日期的读法：dmy（日在前）或 mdy（月在前）；默认根据文件开头的行判断。</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &quot;%1&quot;</source>
        <translation>--date-order 只能是 dmy 或 mdy，不能是“%1”</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows — %4 new customers, %5 merged into existing customers, %6 already imported, %7 rejected, %8 imported with a warning; %9 pairs for review. %10 s (%11 rows/s).</source>
        <translation>已导入 %1（%2）：共 %3 行——新客户 %4 位，并入已有客户 %5 行，此前已导入 %6 行，未导入 %7 行，带提醒导入 %8 行；待审核 %9 对。用时 %10 秒（每秒 %11 行）。</translation>
    </message>
    <message>
        <source>Import a CSV, XLSX or XLS lead list into an office database. Every row becomes a lead of exactly one customer; rows without a valid phone, resident id or platform id are rejected with a reason.</source>
        <translation>将 CSV、XLSX 或 XLS 线索表导入售楼处数据库。每一行都会成为某一个客户的一条线索；没有有效电话、身份证号或平台ID的行会被拒绝，并注明原因。</translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030/GBK, UTF-16), XLSX or XLS file</source>
        <translation>CSV（UTF-8、GB18030/GBK、UTF-16）、XLSX 或 XLS 文件</translation>
    </message>
    <message>
        <source>Workbook sheet to read (default: the first).</source>
        <translation>要读取的工作表（默认：第一个）。</translation>
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
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no consultant of this office is called &quot;%1&quot;; no owner set</source>
        <translation>本售楼处没有名为“%1”的顾问，未设置归属顾问</translation>
    </message>
    <message numerus="yes">
        <source>%n consultants are called &quot;%1&quot;; no owner set</source>
        <translation>
            <numerusform>有 %n 位顾问都叫“%1”，未设置归属顾问</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer already belongs to another consultant; the owner is not changed</source>
        <translation>该客户已归属其他顾问，归属顾问未更改</translation>
    </message>
    <message>
        <source>the profile columns were not saved: %1</source>
        <translation>客户资料列未能保存：%1</translation>
    </message>
    <message>
        <source>%1 No owner set.</source>
        <translation>%1 未设置归属顾问。</translation>
    </message>
</context>
<context>
    <name>IngestStatus</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Added to a customer</source>
        <translation>并入已有客户</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
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
    <message>
        <source>This database already has a key of its own.</source>
        <translation>此数据库已有自己的密钥。</translation>
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
    <name>KioskCommand</name>
    <message>
        <source>register</source>
        <translation>register（登记）</translation>
    </message>
    <message>
        <source>Office database file (the kiosk&apos;s).</source>
        <translation>售楼处数据库文件（前台的）。</translation>
    </message>
    <message>
        <source>The visitor&apos;s name.</source>
        <translation>来访人姓名。</translation>
    </message>
    <message>
        <source>The visitor&apos;s phone number.</source>
        <translation>来访人电话号码。</translation>
    </message>
    <message>
        <source>How many came together (1–99).</source>
        <translation>同行到访人数（1–99）。</translation>
    </message>
    <message>
        <source>male or female.</source>
        <translation>male（男）或 female（女）。</translation>
    </message>
    <message>
        <source>A note for the consultant.</source>
        <translation>给置业顾问的备注。</translation>
    </message>
    <message>
        <source>give one action: register</source>
        <translation>请给出一个操作：register</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须给出 --db</translation>
    </message>
    <message>
        <source>visitors: must be a whole number of people from 1 to 99</source>
        <translation>visitors：必须是 1 到 99 之间的整数人数</translation>
    </message>
    <message>
        <source>The reception kiosk:
  kiosk register --db DB --name NAME --phone PHONE [--visitors N] [--gender male|female] [--note TEXT]
      registers a walk-in; prints {&quot;registration_id&quot;, &quot;masked_phone&quot;, &quot;display_name&quot;}.
The name and phone are sealed to the office&apos;s key: the kiosk&apos;s database keeps only the masked phone.
A field that cannot be used is bad input (exit 1), named in the message.</source>
        <translation>前台接待终端：
  kiosk register --db DB --name NAME --phone PHONE [--visitors N] [--gender male|female] [--note TEXT]
      登记一位到访客户；输出 {&quot;registration_id&quot;, &quot;masked_phone&quot;, &quot;display_name&quot;}。
姓名和电话用售楼处的密钥加密：前台的数据库只保存脱敏后的电话。
无法使用的字段按输入有误处理（退出码 1），消息中会指出该字段。</translation>
    </message>
</context>
<context>
    <name>KioskVisitor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>does not hold a visitor</source>
        <translation>不含来访人信息</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>looks like a phone number; type the name here</source>
        <translation>像是电话号码；这里请填写姓名</translation>
    </message>
    <message>
        <source>%1: the sealed visitor cannot be opened: %2</source>
        <translation>%1：无法解开加密的来访人信息：%2</translation>
    </message>
</context>
<context>
    <name>LeadFieldChoices</name>
    <message>
        <source>Douyin open_id</source>
        <translation>抖音 open_id</translation>
    </message>
    <message>
        <source>WeChat union_id</source>
        <translation>微信 union_id</translation>
    </message>
    <message>
        <source>Anjuke member id</source>
        <translation>安居客会员ID</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>设备指纹</translation>
    </message>
    <message>
        <source>Platform id (%1)</source>
        <translation>平台ID（%1）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Resident id</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>留资时间</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <source>Intended building</source>
        <translation>意向楼栋</translation>
    </message>
    <message>
        <source>Owner consultant (by name)</source>
        <translation>归属顾问（按姓名）</translation>
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
    <message>
        <source>%1: %2; the import time is used instead</source>
        <translation>%1：%2；已改用导入时间</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 男 or 女; not imported</source>
        <translation>%1“%2”不是“男”或“女”，未导入该项</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a budget such as 300万 or 300-350万; not imported</source>
        <translation>%1“%2”不是有效的预算（如 300万 或 300-350万），未导入该项</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an area such as 89 or 90-120㎡; not imported</source>
        <translation>%1“%2”不是有效的面积（如 89 或 90-120㎡），未导入该项</translation>
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
    <message>
        <source>&quot;%1&quot; could be day/month/year or month/day/year; say which the file uses</source>
        <translation>“%1”既可能是日/月/年，也可能是月/日/年；请指明文件采用哪一种</translation>
    </message>
</context>
<context>
    <name>LocalSignIn</name>
    <message>
        <source>%1 has been revoked and may not sign in. A site manager can restore the account.</source>
        <translation>%1 已被停用，不能登录。案场经理可以重新启用该账号。</translation>
    </message>
    <message>
        <source>No user of this office has the login “%1”.</source>
        <translation>本售楼处没有登录名为“%1”的用户。</translation>
    </message>
    <message>
        <source>%1 has no password yet: choose one now.</source>
        <translation>%1 还没有密码：请现在设置一个。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Shoulou</source>
        <translation>售楼</translation>
    </message>
    <message>
        <source>The customer desk of a real-estate sales office.</source>
        <translation>售楼处的客户工作台。</translation>
    </message>
    <message>
        <source>Open this office database.</source>
        <translation>打开此售楼处数据库。</translation>
    </message>
    <message>
        <source>Open the demo office (created on first use).</source>
        <translation>打开演示售楼处（首次使用时创建）。</translation>
    </message>
    <message>
        <source>Customers in a new demo office.</source>
        <translation>新演示售楼处的客户数量。</translation>
    </message>
</context>
<context>
    <name>MergeReason</name>
    <message>
        <source>Same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Same resident ID</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>Same platform ID</source>
        <translation>平台ID相同</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>手工合并</translation>
    </message>
    <message>
        <source>Merged in review</source>
        <translation>审核合并</translation>
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
    <message>
        <source>Making a safety copy of the database (%1)…</source>
        <translation>正在备份数据库（%1）…</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 of %2…</source>
        <translation>正在升级数据库结构：第 %1 版，共 %2 版…</translation>
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
    <name>NewOfficeDialog</name>
    <message>
        <source>New office</source>
        <translation>新建售楼处</translation>
    </message>
    <message>
        <source>Sales office</source>
        <translation>售楼处</translation>
    </message>
    <message>
        <source>e.g. 王经理</source>
        <translation>例如：王经理</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>售楼处名称：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>New office database</source>
        <translation>新建售楼处数据库</translation>
    </message>
    <message>
        <source>Office database (*.db)</source>
        <translation>售楼处数据库 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file, or open it with “Open office”.</source>
        <translation>%1 已存在。请选择其他文件，或用“打开售楼处”打开它。</translation>
    </message>
    <message>
        <source>Please fill in the office name.</source>
        <translation>请填写售楼处名称。</translation>
    </message>
    <message>
        <source>Please fill in your name.</source>
        <translation>请填写您的姓名。</translation>
    </message>
    <message>
        <source>Please choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose a folder you may write to.</source>
        <translation>无法创建文件夹 %1。请选择您有权写入的文件夹。</translation>
    </message>
    <message>
        <source>Your login:</source>
        <translation>你的登录名：</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>你的密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Please fill in your login: you sign in with it.</source>
        <translation>请填写你的登录名：登录时要用它。</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入两次相同的密码。</translation>
    </message>
</context>
<context>
    <name>OfficeDirectory</name>
    <message>
        <source>Cannot read the %1 table: %2</source>
        <translation>无法读取 %1 表：%2</translation>
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
    <message>
        <source>is not a known time zone (e.g. Asia/Shanghai)</source>
        <translation>不是已知的时区（例如 Asia/Shanghai）</translation>
    </message>
</context>
<context>
    <name>OfficeSealKey</name>
    <message>
        <source>The sealed value is truncated.</source>
        <translation>加密数据不完整。</translation>
    </message>
    <message>
        <source>The sealed value cannot be opened with this office&apos;s key: it was sealed for another office or changed on the way.</source>
        <translation>无法用本售楼处的密钥解开该加密数据：它是为其他售楼处加密的，或在传输中被改动过。</translation>
    </message>
    <message>
        <source>The office&apos;s public sealing key must be %1 bytes, found %2.</source>
        <translation>售楼处的加密公钥应为 %1 字节，实际为 %2 字节。</translation>
    </message>
</context>
<context>
    <name>OfficeSession</name>
    <message>
        <source>Sales office</source>
        <translation>售楼处</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>这台电脑上还没有人登录。</translation>
    </message>
    <message>
        <source>Your account has been revoked; sign in as another user.</source>
        <translation>您的账户已被停用，请以其他用户登录。</translation>
    </message>
</context>
<context>
    <name>OfficeSnapshotter</name>
    <message>
        <source>The office %1 has no key at the hub yet; a snapshot is made once a desk has sent it.</source>
        <translation>售楼处 %1 在服务器上还没有密钥；待有工作站发送密钥后才会制作快照。</translation>
    </message>
    <message>
        <source>The office key of %1 does not open with this hub&apos;s key.</source>
        <translation>售楼处 %1 的密钥无法用此服务器的密钥打开。</translation>
    </message>
</context>
<context>
    <name>OpenOffice</name>
    <message>
        <source>%1 is the reception kiosk&apos;s database: it holds no office key and no customers, and opens only as the kiosk (shoulou-cli sync, shoulou-cli kiosk).</source>
        <translation>%1 是前台接待终端的数据库：其中没有售楼处密钥，也没有客户，只能以前台方式打开（shoulou-cli sync、shoulou-cli kiosk）。</translation>
    </message>
</context>
<context>
    <name>PasswordVerifier</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too short: at least %n characters.</source>
        <translation>
            <numerusform>%1太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1太长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium 无法初始化。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password (64 MiB are needed).</source>
        <translation>内存不足，无法保护密码（需要 64 MiB）。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Setting up the office</source>
        <translation>建立售楼处</translation>
    </message>
    <message>
        <source>Changing the office&apos;s time zone</source>
        <translation>修改售楼处时区</translation>
    </message>
    <message>
        <source>Adding a project</source>
        <translation>添加楼盘</translation>
    </message>
    <message>
        <source>Adding a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Adding a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Setting a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>own password only</source>
        <translation>仅限自己的密码</translation>
    </message>
    <message>
        <source>only a site manager or an administrator sets another user&apos;s password.</source>
        <translation>只有案场经理或管理员可以设置别人的密码。</translation>
    </message>
    <message>
        <source>Resetting a user&apos;s password</source>
        <translation>重置用户密码</translation>
    </message>
    <message>
        <source>Revoking a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Restoring a revoked user</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Adding a lead or registering a visit</source>
        <translation>添加线索或登记到访</translation>
    </message>
    <message>
        <source>walk-in visits only</source>
        <translation>仅限登记到访</translation>
    </message>
    <message>
        <source>the reception desk registers walk-in visits only.</source>
        <translation>前台只能登记到访客户。</translation>
    </message>
    <message>
        <source>Importing a lead list</source>
        <translation>导入线索表</translation>
    </message>
    <message>
        <source>Editing a customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>not the owner</source>
        <translation>不含归属顾问</translation>
    </message>
    <message>
        <source>only a site manager or an administrator assigns a customer to a consultant.</source>
        <translation>只有案场经理或管理员可以把客户分配给置业顾问。</translation>
    </message>
    <message>
        <source>Recording a follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Showing a full phone number or resident id</source>
        <translation>查看完整的电话号码或身份证号</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Undoing a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Deciding a suspected duplicate</source>
        <translation>处理疑似重复客户</translation>
    </message>
    <message>
        <source>Deciding a group of suspected duplicates</source>
        <translation>处理一组疑似重复客户</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Permission denied: %1 is only for %2.</source>
        <translation>权限不足：%1仅限%2。</translation>
    </message>
    <message>
        <source>Permission denied: %1 has no entry in the table of roles.</source>
        <translation>权限不足：角色权限表中没有 %1。</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>权限不足：%1</translation>
    </message>
    <message>
        <source>Claiming an unowned customer</source>
        <translation>认领无人负责的客户</translation>
    </message>
    <message>
        <source>Giving one&apos;s customer back to the public pool</source>
        <translation>把自己的客户退回公海</translation>
    </message>
    <message>
        <source>Changing a dispatch or pool rule setting</source>
        <translation>修改派单或公海规则设置</translation>
    </message>
    <message>
        <source>Loading a holiday calendar</source>
        <translation>载入节假日日历</translation>
    </message>
    <message>
        <source>Registering a walk-in at the reception kiosk</source>
        <translation>在前台登记到访客户</translation>
    </message>
    <message>
        <source>Checking in and out of the roster</source>
        <translation>签到、签退与接待状态</translation>
    </message>
    <message>
        <source>own state only</source>
        <translation>仅限本人状态</translation>
    </message>
    <message>
        <source>only a site manager or an administrator checks someone else in or out.</source>
        <translation>只有案场经理或管理员可以为他人签到或签退。</translation>
    </message>
    <message>
        <source>Setting the dispatch mode by hand</source>
        <translation>手动设置派单模式</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Cannot connect to the PostgreSQL database: %1</source>
        <translation>无法连接 PostgreSQL 数据库：%1</translation>
    </message>
</context>
<context>
    <name>PgHubStore</name>
    <message>
        <source>The hub&apos;s tables could not be created or upgraded in PostgreSQL: %1</source>
        <translation>无法在 PostgreSQL 中创建或升级服务器的数据表：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL database holds a newer hub (schema %1); install a newer shoulou-hub. Nothing was changed.</source>
        <translation>该 PostgreSQL 数据库中的服务器版本更新（架构 %1）；请安装更新的 shoulou-hub。未做任何更改。</translation>
    </message>
    <message>
        <source>A hub on PostgreSQL is backed up with PostgreSQL&apos;s own tools (pg_dump, or a base backup).</source>
        <translation>使用 PostgreSQL 的服务器请用 PostgreSQL 自带的工具（pg_dump 或基础备份）备份。</translation>
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
    <name>ProjectLookup</name>
    <message>
        <source>no project is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的项目</translation>
    </message>
    <message>
        <source>several projects are called &quot;%1&quot;; name one by its id: %2</source>
        <translation>有多个项目名为“%1”；请用 id 指定其中一个：%2</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>The office database could not be read (%1). Try again; if it keeps happening, the file may be damaged: ask for help with the log file.</source>
        <translation>无法读取售楼处数据库（%1）。请重试；如果一直出现，文件可能已损坏，请带上日志文件寻求帮助。</translation>
    </message>
</context>
<context>
    <name>RecycleReason</name>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进超期</translation>
    </message>
    <message>
        <source>Invalid customer</source>
        <translation>无效客户</translation>
    </message>
    <message>
        <source>Consultant left</source>
        <translation>顾问离职</translation>
    </message>
    <message>
        <source>No subscription in time</source>
        <translation>逾期未认购</translation>
    </message>
    <message>
        <source>Protection ended</source>
        <translation>保护期结束</translation>
    </message>
</context>
<context>
    <name>RequirementFields</name>
    <message>
        <source> 10k yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>1 bedroom</source>
        <translation>一室</translation>
    </message>
    <message>
        <source>2 bedrooms, 1 living room</source>
        <translation>两室一厅</translation>
    </message>
    <message>
        <source>2 bedrooms, 2 living rooms</source>
        <translation>两室两厅</translation>
    </message>
    <message>
        <source>3 bedrooms, 1 living room</source>
        <translation>三室一厅</translation>
    </message>
    <message>
        <source>3 bedrooms, 2 living rooms</source>
        <translation>三室两厅</translation>
    </message>
    <message>
        <source>4 bedrooms, 2 living rooms</source>
        <translation>四室两厅</translation>
    </message>
    <message>
        <source>5 bedrooms or more</source>
        <translation>五室及以上</translation>
    </message>
    <message>
        <source>Villa</source>
        <translation>别墅</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
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
    <name>ReviewKind</name>
    <message>
        <source>Different resident IDs</source>
        <translation>身份证号不同</translation>
    </message>
    <message>
        <source>Similar name and phone</source>
        <translation>姓名相同、手机相近</translation>
    </message>
    <message>
        <source>Kept apart, but share a key</source>
        <translation>已标记为不同人，但共用标识</translation>
    </message>
    <message>
        <source>Merged, but the names differ</source>
        <translation>已合并，但姓名不同</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>案场经理</translation>
    </message>
    <message>
        <source>Channel specialist</source>
        <translation>渠道专员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RoleCheck</name>
    <message>
        <source>The user has no known role.</source>
        <translation>该用户没有已知的角色。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>is not an active consultant or site manager of this office</source>
        <translation>不是本售楼处在职的置业顾问或案场经理</translation>
    </message>
    <message>
        <source>must be available, receiving, break or off</source>
        <translation>必须是 available（空闲）、receiving（接待中）、break（休息）或 off（下班）</translation>
    </message>
</context>
<context>
    <name>RosterCommand</name>
    <message>
        <source>The dispatch roster:
  roster checkin     on duty and available
  roster receive     with a visitor (接待中): the reception rotation skips you
  roster break       on a break
  roster checkout    off duty
  roster status      everyone&apos;s state, one JSON line each</source>
        <translation>派单值班表：
  roster checkin     签到，空闲可接单
  roster receive     接待中：接待轮序会跳过您
  roster break       休息
  roster checkout    签退下班
  roster status      所有人的状态，每人一行 JSON</translation>
    </message>
    <message>
        <source>checkin, receive, break, checkout or status</source>
        <translation>checkin、receive、break、checkout 或 status</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>Whose state (a login); without it, the user acting (--as).</source>
        <translation>设置谁的状态（登录名）；不填则为当前操作的用户（--as）。</translation>
    </message>
    <message>
        <source>one action: checkin, receive, break, checkout or status</source>
        <translation>需要一个操作：checkin、receive、break、checkout 或 status</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>--user LOGIN is required when no one signs in with --as</source>
        <translation>未用 --as 登录时必须指定 --user LOGIN</translation>
    </message>
    <message>
        <source>--user: no user with the login %1</source>
        <translation>--user：没有登录名为 %1 的用户</translation>
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
    <name>Settings</name>
    <message>
        <source>An on-duty consultant counts as idle (and gets the next online lead on a working day) when their last follow-up and their last lead are longer ago than this.</source>
        <translation>在岗顾问距上次跟进和上次分到线索都超过此时长，即算空闲（工作日按空闲派单获得下一条线上线索）。</translation>
    </message>
    <message>
        <source>The most online leads a consultant gets by idle dispatch in one day.</source>
        <translation>每位顾问每天通过空闲派单最多获得的线上线索数。</translation>
    </message>
    <message>
        <source>When nobody is idle, a lead waits for the next idle consultant this long, then goes to the site manager.</source>
        <translation>没有空闲顾问时，线索等待下一位空闲顾问的时长，超时后交给案场经理。</translation>
    </message>
    <message>
        <source>How long a grab-pool offer stays open (weekends and public holidays).</source>
        <translation>抢单池每单的抢单时限（周末和法定节假日）。</translation>
    </message>
    <message>
        <source>How many grab-pool rounds a lead is offered in before it falls back to idle dispatch, then to the site manager.</source>
        <translation>一条线索在抢单池中推送的轮数，之后改为空闲派单，最后交给案场经理。</translation>
    </message>
    <message>
        <source>The most grab-pool offers a consultant may win in one day; who has reached it is not offered more.</source>
        <translation>每位顾问每天最多可抢到的单数；达到上限后不再推送给他。</translation>
    </message>
    <message>
        <source>A lead must be first contacted (call, WeChat, visit) this soon after it reaches the office; later is a breach.</source>
        <translation>线索到达后必须在此时长内首次联系（电话、微信、到访）；超时即为违规。</translation>
    </message>
    <message>
        <source>Visit protection: a consultant keeps a customer this long after the customer&apos;s last visit (or after getting the customer, before any visit).</source>
        <translation>到访保护期：客户最近一次到访后（尚未到访的，自顾问获得客户起），顾问独占该客户的时长。</translation>
    </message>
    <message>
        <source>Deal protection: a subscribed customer stays with the consultant this long for the contract to be signed.</source>
        <translation>成交保护期：客户认购后，为等待签约而继续归该顾问的时长。</translation>
    </message>
    <message>
        <source>A customer not followed up for this long goes back to the public pool.</source>
        <translation>客户超过此时长未跟进即回收到公海。</translation>
    </message>
    <message>
        <source>A customer who has not subscribed this long after the consultant got them goes back to the public pool.</source>
        <translation>顾问获得客户后超过此时长仍未认购，客户回收到公海。</translation>
    </message>
    <message>
        <source>The most customers a consultant may hold; beyond it they cannot claim from the public pool.</source>
        <translation>每位顾问最多可持有的客户数；达到后不能再从公海领取。</translation>
    </message>
    <message>
        <source>The most customers a consultant may claim from the public pool in one day.</source>
        <translation>每位顾问每天最多可从公海领取的客户数。</translation>
    </message>
    <message>
        <source>for %1 must be from %2 to %3, not %4</source>
        <translation>（%1）必须在 %2 到 %3 之间，当前为 %4</translation>
    </message>
    <message>
        <source>for %1 must be from %2 to %3 %4, not %5</source>
        <translation>（%1）必须在 %2 到 %3 %4之间，当前为 %5</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>is not a known setting: %1</source>
        <translation>不是已知的设置项：%1</translation>
    </message>
    <message>
        <source>for %1 is required</source>
        <translation>（%1）为必填项</translation>
    </message>
    <message>
        <source>for %1 must be a whole number</source>
        <translation>（%1）必须是整数</translation>
    </message>
    <message>
        <source>is not a project of this office</source>
        <translation>不是本售楼处的项目</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>The dispatch and public-pool rule settings of the office or of one project (docs/settings.md):
  settings list            every setting, its value and where the value comes from
  settings get KEY         one setting
  settings set KEY VALUE   change it (for the whole office, or with --project for one project)</source>
        <translation>售楼处或某个项目的派单与公海规则设置（见 docs/settings.md）：
  settings list            所有设置项、取值及取值来源
  settings get KEY         查看一个设置项
  settings set KEY VALUE   修改设置（整个售楼处；加 --project 则只改一个项目）</translation>
    </message>
    <message>
        <source>list, get or set</source>
        <translation>list、get 或 set</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
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
        <source>%1 is not a known setting (shoulou-cli settings list shows them)</source>
        <translation>%1 不是已知的设置项（用 shoulou-cli settings list 查看全部）</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n s.</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <source>This sync issue was already marked as seen.</source>
        <translation>该同步问题已被标记为已知。</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Register a lead or visit</source>
        <translation>登记线索或来访</translation>
    </message>
    <message>
        <source>Edit a customer</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Undo a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Reveal a masked field</source>
        <translation>查看隐藏的信息</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Decide on possible duplicates</source>
        <translation>处理疑似重复客户</translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation>创建办公室</translation>
    </message>
    <message>
        <source>Change the office&apos;s time zone</source>
        <translation>更改办公室时区</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Revoke a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Restore a user</source>
        <translation>恢复用户</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>登录名或密码不正确。</translation>
    </message>
    <message>
        <source>The hub has no office with this code. Check the code the hub&apos;s administrator gave you.</source>
        <translation>售楼处服务器上没有这个办公室代码。请核对服务器管理员给您的代码。</translation>
    </message>
    <message>
        <source>This office already has data at the hub, so an office with data of its own cannot join it. Join from the welcome window with a new, empty database instead: the office&apos;s data then comes from the hub.</source>
        <translation>服务器上的这个售楼处已经有数据，带着自己数据的办公室不能加入。请在欢迎窗口用一个新的空数据库加入：办公室的数据会从服务器同步下来。</translation>
    </message>
    <message>
        <source>This account has been revoked at the hub.</source>
        <translation>该账户已在售楼处服务器上被停用。</translation>
    </message>
    <message>
        <source>This workstation has been revoked at the hub; it no longer syncs.</source>
        <translation>此工作站已被售楼处服务器停用，不再同步。</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a moment and try again.</source>
        <translation>失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The session with the office hub has expired; sign in again to resume sync.</source>
        <translation>服务器会话已过期，请重新登录以继续同步。</translation>
    </message>
    <message>
        <source>Change a rule setting</source>
        <translation>修改规则设置</translation>
    </message>
    <message>
        <source>Load a holiday calendar</source>
        <translation>载入节假日日历</translation>
    </message>
    <message>
        <source>Register a walk-in at the kiosk</source>
        <translation>在前台登记到访客户</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>This database has neither the office key nor the office&apos;s public sealing key: enroll it as the reception kiosk first (shoulou-cli enroll --kiosk).</source>
        <translation>此数据库既没有售楼处密钥，也没有售楼处的加密公钥：请先把它登记为前台接待终端（shoulou-cli enroll --kiosk）。</translation>
    </message>
</context>
<context>
    <name>TablePreview</name>
    <message>
        <source>&quot;%1&quot; has no header row: the first row must name the columns (姓名, 手机, …).</source>
        <translation>“%1”没有表头：第一行必须是列名（姓名、手机……）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSV or XLSX file: it is not text. Save the list from Excel as CSV or XLSX.</source>
        <translation>“%1”不是 CSV 或 XLSX 文件：内容不是文本。请在 Excel 中另存为 CSV 或 XLSX。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>无法完成 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows; export to CSV instead.</source>
        <translation>Excel 工作表最多 %1 行，请改为导出 CSV。</translation>
    </message>
</context>
<context>
    <name>TouchKind</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>带看</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Agency registration</source>
        <translation>渠道报备</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>老带新</translation>
    </message>
</context>
<context>
    <name>UndoCapture</name>
    <message>
        <source>A local change could not be taken back before the hub&apos;s changes were applied (%1)</source>
        <translation>应用服务器的更改前，无法撤回本地更改（%1）</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>no user of this office has the login &quot;%1&quot;</source>
        <translation>本售楼处没有登录名为“%1”的用户</translation>
    </message>
    <message>
        <source>Manage the office&apos;s accounts (passwords are read from standard input, one line each):
  user add --login L --name N --role R   a new user and their password
  user passwd --login L                  set L&apos;s password
  user reset --login L                   clear L&apos;s password: L sets a new one at the next sign-in
  user revoke|restore --login L          L may no longer / again sign in
  user list                              every user, one JSON line each
With --as, that user&apos;s password comes first, then the new password.</source>
        <translation>管理本售楼处的账号（密码从标准输入读取，每个一行）：
  user add --login L --name N --role R   新建用户并设置其密码
  user passwd --login L                  设置 L 的密码
  user reset --login L                   清除 L 的密码：L 下次登录时设置新密码
  user revoke|restore --login L          停用 L / 重新启用 L
  user list                              列出所有用户，每人一行 JSON
加 --as 时，先给出该用户的密码，再给出新密码。</translation>
    </message>
    <message>
        <source>add, passwd, reset, revoke, restore or list</source>
        <translation>add、passwd、reset、revoke、restore 或 list</translation>
    </message>
    <message>
        <source>Office database file.</source>
        <translation>售楼处数据库文件。</translation>
    </message>
    <message>
        <source>The user&apos;s login.</source>
        <translation>用户的登录名。</translation>
    </message>
    <message>
        <source>add: the name people see.</source>
        <translation>add：大家看到的姓名。</translation>
    </message>
    <message>
        <source>add: kiosk, consultant, manager, channel or admin.</source>
        <translation>add：kiosk、consultant、manager、channel 或 admin。</translation>
    </message>
    <message>
        <source>give one action: add, passwd, reset, revoke, restore or list</source>
        <translation>请给出一个操作：add、passwd、reset、revoke、restore 或 list</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>--login is required</source>
        <translation>必须指定 --login</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>必须指定 --name</translation>
    </message>
    <message>
        <source>--role must be kiosk, consultant, manager, channel or admin</source>
        <translation>--role 必须是 kiosk、consultant、manager、channel 或 admin</translation>
    </message>
</context>
<context>
    <name>WebSocketTransport</name>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>the hub&apos;s certificate is %1, not the %2 this desk was enrolled with</source>
        <translation>服务器证书是 %1，而不是本工作站登记时的 %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>The hub is busy (too many requests); try again shortly.</source>
        <translation>售楼处服务器正忙（请求过多），请稍后再试。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>&quot;%1&quot; cannot be read as an Excel 97–2003 (.xls) workbook (FreeXL error %2); save it as .xlsx or CSV and import that</source>
        <translation>无法将“%1”作为 Excel 97–2003（.xls）工作簿读取（FreeXL 错误 %2）；请另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Excel 97–2003 (.xls) workbook this version of FreeXL cannot read; save it as .xlsx or CSV and import that</source>
        <translation>“%1”是当前版本的 FreeXL 无法读取的 Excel 97–2003（.xls）工作簿；请另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password; open it in Excel or WPS, save it without the password and import it again</source>
        <translation>“%1”设有密码保护；请在 Excel 或 WPS 中打开，取消密码后保存，再重新导入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet</source>
        <translation>“%1”中没有工作表</translation>
    </message>
    <message>
        <source>its records are damaged</source>
        <translation>其中的记录已损坏</translation>
    </message>
    <message>
        <source>its sheet has more than %1 cells</source>
        <translation>其工作表的单元格超过 %1 个</translation>
    </message>
    <message>
        <source>it was saved in the format of Excel 95 or older</source>
        <translation>它是以 Excel 95 或更早版本的格式保存的</translation>
    </message>
    <message>
        <source>it is larger than this program reads</source>
        <translation>它超出了本程序可读取的大小</translation>
    </message>
    <message>
        <source>it holds no workbook (it may be another Office document)</source>
        <translation>其中没有工作簿（可能是其他 Office 文档）</translation>
    </message>
    <message>
        <source>its OLE2 container is damaged</source>
        <translation>其 OLE2 容器已损坏</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an Excel 97–2003 (.xls) workbook: %2. Save it as .xlsx or CSV and import that</source>
        <translation>无法将“%1”作为 Excel 97–2003（.xls）工作簿读取：%2。请另存为 .xlsx 或 CSV 后再导入</translation>
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
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>shoulou::ui::AppController</name>
    <message>
        <source>Cannot open the office</source>
        <translation>无法打开售楼处</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>Open office database</source>
        <translation>打开售楼处数据库</translation>
    </message>
    <message>
        <source>Office database (*.db);;All files (*)</source>
        <translation>售楼处数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening the office</source>
        <translation>正在打开售楼处</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Office key saved in a file</source>
        <translation>售楼处密钥已保存为文件</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the office&apos;s encryption key was saved in a file:

%1

Keep this file with the database — copy both when you move or back up the office — and keep it out of backups that leave the office. Without it the sealed customer data (resident ids, lead records) cannot be read.</source>
        <translation>这台电脑没有系统钥匙串，因此售楼处的加密密钥已保存为文件：

%1

请将此文件与数据库放在一起——迁移或备份售楼处时两者都要复制——并且不要放进会带出售楼处的备份。没有它，加密保存的客户数据（身份证号、线索记录）将无法读取。</translation>
    </message>
    <message>
        <source>The demo office: sign in as wangjl (site manager) or zhangwei (consultant), and choose a password the first time.</source>
        <translation>演示售楼处：用 wangjl（案场经理）或 zhangwei（置业顾问）登录，第一次登录时设置密码。</translation>
    </message>
    <message>
        <source>New database for this desk</source>
        <translation>本工作站的新数据库</translation>
    </message>
    <message>
        <source>Office database (*.db)</source>
        <translation>办公室数据库 (*.db)</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ColumnMappingModel</name>
    <message>
        <source>(column %1, no name)</source>
        <translation>（第 %1 列，无列名）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
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
    <name>shoulou::ui::CustomerDetailDialog</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Profile and requirement</source>
        <translation>客户资料与需求</translation>
    </message>
    <message>
        <source>Phones and resident ID</source>
        <translation>电话与身份证</translation>
    </message>
    <message>
        <source>Shows the full number; who looked and when is recorded</source>
        <translation>显示完整号码；查看人和查看时间会被记录</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献权重</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>接触次数</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>客户动态</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>找不到该客户</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无归属顾问</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>归属：%1</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>下次跟进 %1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 (first touch)</source>
        <translation>%1（首次接触）</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The follow-up was not added: %1</source>
        <translation>跟进未添加：%1</translation>
    </message>
    <message>
        <source>Follow-up added; next one due %1.</source>
        <translation>已添加跟进；下次跟进 %1。</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>已添加跟进。</translation>
    </message>
    <message>
        <source>Could not show the number: %1</source>
        <translation>无法显示号码：%1</translation>
    </message>
    <message>
        <source>Shown in full; this look is recorded under your name.</source>
        <translation>已显示完整号码；本次查看已记在您名下。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved. Save them before closing?</source>
        <translation>对“%1”的修改尚未保存。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message numerus="yes">
        <source>Came %n together</source>
        <translation>
            <numerusform>%n 人同行</numerusform>
        </translation>
    </message>
    <message>
        <source>Heard of us via %1</source>
        <translation>认知途径：%1</translation>
    </message>
    <message>
        <source>Intended building %1</source>
        <translation>意向楼栋：%1</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::CustomerFilterBar</name>
    <message>
        <source>Overdue follow-up</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>置业顾问：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::CustomerListModel</name>
    <message>
        <source>The number holds %1 elsewhere, not as its last digits.</source>
        <translation>号码中间含有 %1，并非尾号。</translation>
    </message>
    <message>
        <source>The number ends in %1.</source>
        <translation>号码尾号为 %1。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::CustomerTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::CustomersView</name>
    <message>
        <source>Search: last 4 digits of a phone, name, pinyin (zhangsan / zs) or resident ID</source>
        <translation>搜索：手机尾号后4位、姓名、拼音（zhangsan / zs）或身份证号</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the customers shown (all pages) to Excel or CSV</source>
        <translation>将当前列表中的客户（所有页）导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>Try the last four digits of the phone, the full name, its pinyin or initials — or register the person as a new customer (Ctrl+N).</source>
        <translation>试试手机尾号后4位、全名、拼音或首字母；也可以将此人登记为新客户（Ctrl+N）。</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <source>Widen or clear the filters above.</source>
        <translation>请放宽或清除上方的筛选条件。</translation>
    </message>
    <message>
        <source>This office has no customers yet.</source>
        <translation>本售楼处还没有客户。</translation>
    </message>
    <message>
        <source>Import a lead list (Import in the sidebar) or register a walk-in with New customer (Ctrl+N).</source>
        <translation>请导入线索表（左侧“导入”），或用“新建客户”（Ctrl+N）登记到访客户。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>/customers.xlsx</source>
        <translation>/客户.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n end(s) in %1</source>
        <translation>
            <numerusform>%n 位尾号为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n contain(s) it elsewhere (grey)</source>
        <translation>
            <numerusform> · %n 位号码中间含有（灰色）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more outside the filters — show</source>
        <translation>
            <numerusform>筛选条件外还有 %n 位——查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No customer matches “%1” with these filters, but %n outside them do.</source>
        <translation>
            <numerusform>在当前筛选条件下没有客户匹配“%1”，但筛选条件外有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The person may belong to another consultant: clear the filters to see them (the link above) before registering anyone new.</source>
        <translation>此人可能属于其他顾问：登记新客户前，请先清除筛选条件查看（上方链接）。</translation>
    </message>
    <message>
        <source>Could not read the customers</source>
        <translation>无法读取客户</translation>
    </message>
    <message>
        <source>The customers could not be read.</source>
        <translation>无法读取客户列表。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::DisplayFormat</name>
    <message>
        <source>Ungraded</source>
        <translation>未分级</translation>
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
    <name>shoulou::ui::EnrollDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>It is the fingerprint the hub&apos;s administrator gave me</source>
        <translation>与服务器管理员给我的指纹一致</translation>
    </message>
    <message>
        <source>&amp;Join the office</source>
        <translation>加入售楼处(&amp;J)</translation>
    </message>
    <message>
        <source>Connect to the office hub</source>
        <translation>连接售楼处服务器</translation>
    </message>
    <message>
        <source>This desk&apos;s office joins the office hub: its changes then reach every workstation of the office, and theirs reach it. It keeps working when the network is down.</source>
        <translation>本工作站的办公室将加入售楼处服务器：此后它的修改会同步到售楼处的每个工作站，其他工作站的修改也会同步过来。断网时仍可照常工作。</translation>
    </message>
    <message>
        <source>A new database for this desk receives the office from the hub.</source>
        <translation>本工作站的新数据库将从售楼处服务器接收办公室的数据。</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Connect first: the hub&apos;s certificate fingerprint is shown here.</source>
        <translation>请先连接：服务器证书的指纹会显示在这里。</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>证书指纹：</translation>
    </message>
    <message>
        <source>Compare every character with what `shoulou-hub init` printed. A different fingerprint means another computer is answering: do not go on.</source>
        <translation>请与 `shoulou-hub init` 打印的指纹逐字核对。指纹不同说明应答的是另一台计算机：请不要继续。</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>办公室代码：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The hub address must look like wss://192.168.1.10:8443.</source>
        <translation>服务器地址应形如 wss://192.168.1.10:8443。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Joining the office…</source>
        <translation>正在加入售楼处…</translation>
    </message>
    <message>
        <source>Receiving the office…</source>
        <translation>正在接收办公室数据…</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::FieldConflict</name>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take new value</source>
        <translation>采用新值</translation>
    </message>
    <message>
        <source>Keeps what you typed; it is saved when you save</source>
        <translation>保留您输入的内容，保存时一并保存</translation>
    </message>
    <message>
        <source>Puts the new value into the field</source>
        <translation>把新值填入此栏</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>New value on the server: %1 (changed %2)</source>
        <translation>服务器上的新值：%1（%2 修改）</translation>
    </message>
    <message>
        <source>New value on the server: %1</source>
        <translation>服务器上的新值：%1</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::FollowUpBar</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Follow-up kind</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>Next: tomorrow</source>
        <translation>下次：明天</translation>
    </message>
    <message>
        <source>Next: in 3 days</source>
        <translation>下次：3天后</translation>
    </message>
    <message>
        <source>Next: next week</source>
        <translation>下次：下周</translation>
    </message>
    <message>
        <source>No next follow-up</source>
        <translation>不设下次跟进</translation>
    </message>
    <message>
        <source>Next: pick a time…</source>
        <translation>下次：自选时间…</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Type what was said first, then press Enter</source>
        <translation>请先填写沟通内容，再按回车</translation>
    </message>
    <message>
        <source>What was said — Enter adds it, Shift+Enter starts a new line</source>
        <translation>沟通内容 — 回车添加，Shift+回车换行</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ImportView</name>
    <message>
        <source>Import a lead list</source>
        <translation>导入线索名单</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a lead list to import</source>
        <translation>选择要导入的线索名单</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Reading sheet “%1”…</source>
        <translation>正在读取工作表“%1”…</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>“%1”无法导入：%2</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <source>Stopping after the batch being saved… Rows already saved stay saved.</source>
        <translation>正在保存的这一批完成后停止…已保存的行会保留。</translation>
    </message>
    <message>
        <source>%1 rows saved (%2 of %3 read).</source>
        <translation>已保存 %1 行（已读取 %2 / %3）。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a file or drop it here: CSV as Excel or a platform exports it (UTF-8, GBK/GB18030 or UTF-16), or an Excel workbook (XLSX, or XLS from Excel 97–2003 and WPS). The first row must name the columns; 姓名, 手机/电话, 身份证号, 渠道/来源, 留资时间, 备注, 性别, 预算, 户型, 面积, 意向楼栋, 归属顾问 and open_id/union_id are recognised, and any other column can be assigned in the preview. Each row needs a phone, a resident id or a platform id; nothing is saved before you start the import.</source>
        <translation>选择文件或将文件拖到这里：Excel 或各平台导出的 CSV（UTF-8、GBK/GB18030 或 UTF-16），或 Excel 工作簿（XLSX，或 Excel 97–2003 与 WPS 的 XLS）。第一行须为列名；可自动识别姓名、手机/电话、身份证号、渠道/来源、留资时间、备注、性别、预算、户型、面积、意向楼栋、归属顾问以及 open_id/union_id，其他列可在预览中指定。每一行都需要有电话、身份证号或平台ID；开始导入之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Lead lists (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>线索名单 (*.csv *.txt *.tsv *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::MainWindow</name>
    <message>
        <source>&amp;Office</source>
        <translation>售楼处(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New office…</source>
        <translation>新建售楼处(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open office…</source>
        <translation>打开售楼处(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a &amp;demo office</source>
        <translation>打开演示售楼处(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>导入线索(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Shoulou</source>
        <translation>关于售楼(&amp;A)</translation>
    </message>
    <message>
        <source>About Shoulou</source>
        <translation>关于售楼</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shoulou %1&lt;/b&gt;&lt;p&gt;The customer desk of a real-estate sales office: leads from every channel resolved into one customer each.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;售楼 %1&lt;/b&gt;&lt;p&gt;售楼处的客户工作台：各渠道线索归并为唯一客户。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>售楼处：%1</translation>
    </message>
    <message>
        <source>Who is working at this desk: follow-ups and edits are recorded as theirs.</source>
        <translation>当前使用本工作台的人：跟进和修改都记在此人名下。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Shoulou.</source>
        <translation>新语言将在下次启动售楼时生效。</translation>
    </message>
    <message>
        <source>Sign out / s&amp;witch user</source>
        <translation>退出登录/切换用户(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Local administrator (this office has no accounts)</source>
        <translation>本机管理员（本售楼处还没有账号）</translation>
    </message>
    <message>
        <source>&amp;Connect to the office hub…</source>
        <translation>连接售楼处服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>This office is already enrolled with its hub.</source>
        <translation>本办公室已连接售楼处服务器。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::MergeHistoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
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
        <source>Undone %1 by %2</source>
        <translation>已于 %1 由%2撤销</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>合并人</translation>
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
    <message>
        <source>The merge history could not be read: %1</source>
        <translation>无法读取合并记录：%1</translation>
    </message>
    <message>
        <source>%1 stays as it is; %2 phone(s), %3 touch(es) and %4 follow-up(s) move back to %5.</source>
        <translation>“%1”保持不变；%2 个电话、%3 条接触记录和 %4 条跟进记录将回到“%5”。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::NewCustomerDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 138 1234 5678</source>
        <translation>手机或座机，如 138 1234 5678</translation>
    </message>
    <message>
        <source>Optional; 18 characters</source>
        <translation>选填，18 位</translation>
    </message>
    <message>
        <source>Who came with them, what they asked about…</source>
        <translation>同行人、关注点…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name: enter the customer&apos;s name</source>
        <translation>姓名：请填写客户姓名</translation>
    </message>
    <message>
        <source>Phone: enter a phone number (or a resident ID) so the customer can be found again</source>
        <translation>手机：请填写手机号（或身份证号），以便再次找到该客户</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>手机：%1</translation>
    </message>
    <message>
        <source>Resident ID: %1</source>
        <translation>身份证：%1</translation>
    </message>
    <message>
        <source>Resident ID: birth date %1 makes the holder older than 120; please check</source>
        <translation>身份证：出生日期 %1 意味着年龄超过 120 岁，请核对</translation>
    </message>
    <message>
        <source>Channel: the office has no channels yet</source>
        <translation>渠道：本案场还没有任何渠道</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>New customer %1 created.</source>
        <translation>已新建客户 %1。</translation>
    </message>
    <message>
        <source>This entry was already saved a moment ago; nothing new was added.</source>
        <translation>这条登记刚才已保存过，未重复添加。</translation>
    </message>
    <message>
        <source>This person is already a customer (same resident ID): the contact was added to them, no new customer was created.</source>
        <translation>该客户已存在（身份证号相同）：本次接触已记到该客户名下，未新建客户。</translation>
    </message>
    <message>
        <source>This person is already a customer (same phone): the contact was added to them, no new customer was created.</source>
        <translation>该客户已存在（手机号相同）：本次接触已记到该客户名下，未新建客户。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Number of visitors</source>
        <translation>到访人数</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>认知途径</translation>
    </message>
    <message>
        <source>e.g. Building 3</source>
        <translation>如 3号楼</translation>
    </message>
    <message>
        <source>Intended building</source>
        <translation>意向楼栋</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>到访人数</translation>
    </message>
    <message>
        <source>Heard of us via</source>
        <translation>认知途径</translation>
    </message>
    <message>
        <source>Building / layout</source>
        <translation>意向楼栋/户型</translation>
    </message>
    <message>
        <source>Friend&apos;s recommendation</source>
        <translation>朋友介绍</translation>
    </message>
    <message>
        <source>Passing by</source>
        <translation>路过</translation>
    </message>
    <message>
        <source>Outdoor advertising</source>
        <translation>户外广告</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Anjuke</source>
        <translation>安居客</translation>
    </message>
    <message>
        <source>Referred by an owner</source>
        <translation>老带新</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::OwnershipBar</name>
    <message>
        <source>Claim this customer</source>
        <translation>认领该客户</translation>
    </message>
    <message>
        <source>Give back to the public pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>Your claim was not accepted by the office hub; see the sync issues for why.</source>
        <translation>售楼处服务器未接受您的认领，原因见同步问题。</translation>
    </message>
    <message>
        <source>%1 was first: the customer is theirs now.</source>
        <translation>%1 先认领了：该客户现归其所有。</translation>
    </message>
    <message>
        <source>The customer becomes yours; if someone else claims them at the same moment, the first to reach the office hub has them.</source>
        <translation>客户将归您负责；若有人同时认领，以先到达售楼处服务器者为准。</translation>
    </message>
    <message>
        <source>Claiming needs the office hub, which decides who was first; it is out of reach just now.</source>
        <translation>认领需要连接售楼处服务器（由它判定谁先认领），目前无法连接。</translation>
    </message>
    <message>
        <source>The customer was not claimed: %1</source>
        <translation>未能认领该客户：%1</translation>
    </message>
    <message>
        <source>Claimed; the office hub confirms who was first in a moment.</source>
        <translation>已认领；售楼处服务器稍后确认谁先认领。</translation>
    </message>
    <message>
        <source>The customer is yours now.</source>
        <translation>该客户现由您负责。</translation>
    </message>
    <message>
        <source>The customer is back in the public pool.</source>
        <translation>该客户已退回公海。</translation>
    </message>
    <message>
        <source>The customer was not given back: %1</source>
        <translation>未能退回该客户：%1</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::PreviewPage</name>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Rows whose channel cell is empty, or all rows when no column is imported as the channel, get this channel.</source>
        <translation>渠道单元格为空的行（若没有列导入为渠道，则为所有行）使用此渠道。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Channel of rows without one:</source>
        <translation>未填渠道的行归入：</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>载入列对应…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存列对应…</translation>
    </message>
    <message>
        <source>Save how the columns are imported, to reuse it for the next export from the same platform (also accepted by the command line&apos;s --mapping).</source>
        <translation>保存各列的导入方式，下次导入同一平台的导出文件时可直接复用（命令行的 --mapping 也可使用）。</translation>
    </message>
    <message>
        <source>How each column is imported:</source>
        <translation>各列的导入方式：</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>换一个文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>文件只有表头，没有可导入的行。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of %1:</source>
        <translation>
            <numerusform>%1 文件的前 %n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows of the file:</source>
        <translation>
            <numerusform>文件全部 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>From the file&apos;s channel column (else “Other”)</source>
        <translation>按文件中的渠道列（没有则为“其他”）</translation>
    </message>
    <message>
        <source>No column is imported as a phone, resident id or platform id, so no row could be matched to a customer. Choose “Phone” for the column that holds the phone numbers.</source>
        <translation>没有列导入为手机号、身份证号或平台ID，任何一行都无法对应到客户。请把存放电话号码的列设为“手机号”。</translation>
    </message>
    <message>
        <source>Cannot save the mapping to “%1”: %2</source>
        <translation>无法将列对应保存到“%1”：%2</translation>
    </message>
    <message>
        <source>Mapping saved to “%1”.</source>
        <translation>列对应已保存到“%1”。</translation>
    </message>
    <message>
        <source>Mapping loaded from “%1”.</source>
        <translation>已从“%1”载入列对应。</translation>
    </message>
    <message>
        <source>-mapping</source>
        <translation>-列对应</translation>
    </message>
    <message>
        <source>Save column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation>列对应文件 (*.json)</translation>
    </message>
    <message>
        <source>Load column mapping</source>
        <translation>载入列对应</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 are:</source>
        <translation>03/04/2026 这类日期：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Day first (3 April 2026)</source>
        <translation>日在前（2026年4月3日）</translation>
    </message>
    <message>
        <source>Month first (March 4, 2026)</source>
        <translation>月在前（2026年3月4日）</translation>
    </message>
    <message>
        <source>The file&apos;s dates put the year last; their day and month could be either way round.</source>
        <translation>文件中的日期把年份放在最后，日和月的先后无法确定。</translation>
    </message>
    <message numerus="yes">
        <source>more than %n rows</source>
        <translation>
            <numerusform>超过 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (XLS), %1</source>
        <translation>Excel 97–2003 工作簿（XLS），%1</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), %1</source>
        <translation>Excel 工作簿（XLSX），%1</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>CSV text, encoding %1 (detected), %2, %3</source>
        <translation>CSV 文本，编码 %1（自动识别），%2，%3</translation>
    </message>
    <message>
        <source>The dates could be read day first or month first (every day in the rows shown is 12 or less). Choose how the file writes them.</source>
        <translation>这些日期既可以按日在前读，也可以按月在前读（所显示各行的日都不大于 12）。请选择文件中日期的写法。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::PreviewRowsModel</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ProfileEditor</name>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Nobody (public pool)</source>
        <translation>无（公海）</translation>
    </message>
    <message>
        <source>e.g. school district, second home — separate with commas</source>
        <translation>如：学区、改善，用逗号分隔</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Floor, orientation, school, parking…</source>
        <translation>楼层、朝向、学校、车位…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属顾问</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Requirement note</source>
        <translation>需求备注</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Name: enter the customer&apos;s name</source>
        <translation>姓名：请填写客户姓名</translation>
    </message>
    <message numerus="yes">
        <source>Tags: &quot;%1&quot; is longer than %n character(s)</source>
        <translation>
            <numerusform>标签：“%1”超过 %n 个字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shoulou::ui::RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>已导入，有提醒</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::ResultPage</name>
    <message>
        <source>New customers:</source>
        <translation>新客户：</translation>
    </message>
    <message>
        <source>Merged into existing customers:</source>
        <translation>并入已有客户：</translation>
    </message>
    <message>
        <source>Already imported before (skipped):</source>
        <translation>之前已导入（跳过）：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Possible duplicates to review:</source>
        <translation>待审核的疑似重复：</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Save a CSV with one line per row of the file: row, status, customer, reason.</source>
        <translation>保存 CSV 报告，文件每行一条：行号、状态、客户、原因。</translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation>导入其他文件</translation>
    </message>
    <message>
        <source>The import of “%1” stopped</source>
        <translation>“%1”的导入已中止</translation>
    </message>
    <message>
        <source>The import of “%1” was cancelled</source>
        <translation>“%1”的导入已取消</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows read before the cancel are saved. Import the same file again to add the rest: rows already imported are recognised and skipped.</source>
        <translation>
            <numerusform>取消前读取的 %n 行已保存。再次导入同一文件即可补全其余行：已导入的行会被识别并跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is imported</source>
        <translation>“%1”导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read.</source>
        <translation>
            <numerusform>共读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace “%1”: is it open in Excel?</source>
        <translation>无法替换“%1”：是否正在 Excel 中打开？</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”.</source>
        <translation>无法将报告写入“%1”。</translation>
    </message>
    <message>
        <source>Report saved to “%1”.</source>
        <translation>报告已保存到“%1”。</translation>
    </message>
    <message>
        <source>-import-report</source>
        <translation>-导入报告</translation>
    </message>
    <message>
        <source>Export import report</source>
        <translation>导出导入报告</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Imported with a warning:</source>
        <translation>带提醒导入：</translation>
    </message>
    <message>
        <source>No row was rejected, and no row has a warning.</source>
        <translation>没有未导入的行，也没有带提醒的行。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows that were rejected or have a warning (the exported report lists them all). Row numbers count the rows under the header.</source>
        <translation>未导入或带提醒的行共 %2 行，这里列出前 %1 行（导出的报告中列出全部）。行号从表头下一行起算。</translation>
    </message>
    <message>
        <source>Rows that were rejected or imported with a warning — fix them in the file and import it again. Row numbers count the rows under the header.</source>
        <translation>未导入或带提醒导入的行——请在文件中修正后重新导入。行号从表头下一行起算。</translation>
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
    <message numerus="yes">
        <source>%1 and %n more look-alike(s)</source>
        <translation>
            <numerusform>%1 等另外 %n 位相似客户</numerusform>
        </translation>
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
    <message>
        <source>Merged automatically by a shared phone, resident ID or platform ID, but under different names: check that they are one person.</source>
        <translation>因电话、身份证号或平台ID相同而自动合并，但姓名不同：请核实是否为同一人。</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>无法读取待审核列表：%1</translation>
    </message>
    <message>
        <source>The pair could not be read: %1</source>
        <translation>无法读取这对客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>This decides the whole group: all %n look-alike(s) of %1 move into it.</source>
        <translation>
            <numerusform>此操作处理整组：与“%1”相似的 %n 位客户将全部并入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (seen first, %2) stays; %3 phone(s), %4 touch(es) and %5 follow-up(s) of the other %6 move into it. A wrong merge can be undone under Merge history.</source>
        <translation>保留“%1”（最先接触，%2）；另一位“%6”的 %3 个电话、%4 条接触记录和 %5 条跟进记录将并入。合并有误可在“合并记录”中撤销。</translation>
    </message>
    <message>
        <source>Merge these two customers?</source>
        <translation>合并这两位客户？</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::SignInDialog</name>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;Sign in to work at this desk.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;请登录后使用。</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Please type your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>A site manager asked you to choose a new password.</source>
        <translation>案场经理要求你设置一个新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致。请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>The new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>设置密码并登录</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::SyncController</name>
    <message>
        <source>The office hub did not accept your password; it may have been changed there. Sign in with your current password.</source>
        <translation>售楼处服务器未接受您的密码，密码可能已在服务器上修改。请用当前密码重新登录。</translation>
    </message>
    <message>
        <source>Your account has been revoked at the office hub; sign in as another user.</source>
        <translation>您的账户已在售楼处服务器上被停用，请以其他用户登录。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::SyncIssuesDialog</name>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Sync issues</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Changes made at this desk that the office hub refused, with its reason. They are not part of the office&apos;s data; make them again if they are still needed.</source>
        <translation>本工作站被售楼处服务器拒绝的修改及原因。这些修改不属于办公室的数据；如仍需要，请重新操作。</translation>
    </message>
    <message>
        <source>No sync issues</source>
        <translation>没有同步问题</translation>
    </message>
    <message>
        <source>A change the office hub refuses is listed here with its reason, so that nothing is lost without a word.</source>
        <translation>被售楼处服务器拒绝的修改会连同原因列在这里，不会悄无声息地丢失。</translation>
    </message>
    <message>
        <source>Mark the selected issue as seen; it leaves this list.</source>
        <translation>将选中的问题标记为已知，它会从列表中移除。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::SyncIssuesModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::SyncStatusButton</name>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>Connecting to the office hub…</source>
        <translation>正在连接售楼处服务器…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>离线（自 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>待上传 %n 项修改</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sync issue(s)</source>
        <translation>
            <numerusform>%n 个同步问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the office hub. Click to see the changes the hub refused.</source>
        <translation>与售楼处服务器同步。点击查看被服务器拒绝的修改。</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Session with the office hub expired, sign in again</source>
        <translation>服务器会话已过期，请重新登录</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::TimelineModel</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>渠道未知</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>下次跟进 %1</translation>
    </message>
    <message>
        <source>%1 (next follow-up %2)</source>
        <translation>%1（下次跟进 %2）</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>档案合并</translation>
    </message>
    <message>
        <source>%1 merged into %2 (%3)</source>
        <translation>%1 并入 %2（%3）</translation>
    </message>
    <message>
        <source>Records separated</source>
        <translation>档案拆分</translation>
    </message>
    <message>
        <source>%1 split off from %2</source>
        <translation>%1 从 %2 拆出</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::TodayView</name>
    <message>
        <source>The whole office</source>
        <translation>全案场</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message numerus="yes">
        <source> · %n newly assigned</source>
        <translation>
            <numerusform> · 新分配 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有待跟进的客户。</translation>
    </message>
    <message numerus="yes">
        <source>No customer assigned in the last %n day(s).</source>
        <translation>
            <numerusform>近 %n 天没有新分配的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers assigned to you show here for a week, newest first.</source>
        <translation>分配给您的客户会在这里显示一周，最新的在前。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n due today</source>
        <translation>
            <numerusform>%1 · %2 · 今日到期 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · 逾期 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>今日到期（%1）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Assigned in the last %n day(s) (%1)</source>
        <translation>
            <numerusform>近 %n 天分配（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups you schedule with a next time appear here on their day, in red once the time has passed.</source>
        <translation>设置了下次跟进时间的跟进会在当天显示在这里，过了时间即以红色标出。</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期的跟进。</translation>
    </message>
    <message>
        <source>Follow-ups not done on their day wait here, the most recent first.</source>
        <translation>未在当天完成的跟进会留在这里，最近的排在前面。</translation>
    </message>
    <message>
        <source>Today could not be read.</source>
        <translation>无法读取今日待办。</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Assigned in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read this list.</source>
        <translation>无法读取此列表。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::UserAccountsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>To be set at the next sign-in</source>
        <translation>下次登录时设置</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>尚未设置</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::UsersDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Reset password: the user chooses a new one at their next sign-in. Revoke: the user can no longer sign in or change anything, until restored.</source>
        <translation>重置密码：该用户下次登录时设置新密码。停用：该用户不能再登录，也不能做任何修改，直到重新启用。</translation>
    </message>
</context>
<context>
    <name>shoulou::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Shoulou</source>
        <translation>欢迎使用售楼</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Shoulou&lt;/h2&gt;&lt;p&gt;Every workstation keeps the office&apos;s customers in one database file. Create one for your office, open an existing one, or look around in a demo office first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用售楼&lt;/h2&gt;&lt;p&gt;每台工作站都把售楼处的客户保存在一个数据库文件中。您可以为售楼处新建一个、打开已有的，或先在演示售楼处里看看。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new office</source>
        <translation>新建售楼处</translation>
    </message>
    <message>
        <source>Start empty; import your lead lists next.</source>
        <translation>从空白开始，然后导入线索表。</translation>
    </message>
    <message>
        <source>Open an office database</source>
        <translation>打开售楼处数据库</translation>
    </message>
    <message>
        <source>A file created on this or another workstation.</source>
        <translation>在本机或其他工作站上创建的文件。</translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation>打开演示售楼处</translation>
    </message>
    <message>
        <source>Made-up customers, consultants and six months of history.</source>
        <translation>虚构的客户、置业顾问和六个月的历史记录。</translation>
    </message>
    <message>
        <source>Join an office hub</source>
        <translation>加入售楼处服务器</translation>
    </message>
    <message>
        <source>This desk gets the office from the sales office&apos;s hub and stays in step with it.</source>
        <translation>本工作站从售楼处服务器获取办公室数据，并与之保持同步。</translation>
    </message>
</context>
</TS>
