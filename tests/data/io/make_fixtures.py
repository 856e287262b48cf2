#!/usr/bin/python3
"""Regenerates the CSV/XLSX/XLS fixtures in this folder (kept for reference; the outputs are
committed). Spreadsheet-tool output comes from LibreOffice (soffice --headless, fed a flat ODS
written here) and from openpyxl; the hostile and edge-case files are written by hand.

Usage: /usr/bin/python3 tests/data/io/make_fixtures.py   (needs soffice and python3-openpyxl)
"""
import os
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
RARE = "\U0002003E"  # 𠀾, outside GBK: GB18030 needs a 4-byte sequence for it

# (value, kind): kind "s" = text cell, "n" = number cell, "d" = date-time cell, "e" = no cell,
# "f" = formula with a number result (value = (formula, result))
CUSTOMERS = [
    [("姓名", "s"), ("手机", "s"), ("身份证号", "s"), ("渠道", "s"), ("备注", "s"), ("留资时间", "s")],
    [("张三", "s"), ("13812345678", "s"), ("11010519491231002X", "s"), ("抖音", "s"),
     ('他说"你好", 然后走了', "s"), ("2024-03-01T10:05:00", "d")],
    [(RARE + "王", "s"), ("13900001111", "s"), ("", "s"), ("安居客", "s"), ("第一行\n第二行", "s"),
     ("2024-03-02T09:30:00", "d")],
    [],  # an empty spreadsheet row: must not become a lead, but numbering keeps counting
    [("李四", "s"), ("+86 137-0000-2222", "s"), ("", "s"), ("自然到访,复访", "s"), ("", "s"),
     ("2024-03-03T18:00:00", "d")],
]
# LibreOffice saves a text result it did not calculate (headless) as the number 0, so only
# number results here; tst_biffworkbook builds text results (STRING records) by hand.
FORMULAS = [
    [("姓名", "s"), ("手机", "s"), ("意向面积", "s"), ("总价", "s")],
    [("张三", "s"), ("13812345678", "s"), (("of:=80+9.5", "89.5"), "f"), (("of:=[.C2]*20000", "1790000"), "f")],
]
NUMBERS = [
    [("姓名", "s"), ("手机", "s"), ("身份证", "s")],
    [("王五", "s"), ("13812345678", "n"), ("110105194912310020", "n")],
]


def long_sst_remark(i):
    # tst_biffworkbook.cpp builds the same text.
    if i % 7 == 0:
        return ""
    return "第%d位客户的备注：" % i + "房源意向楼层朝向" * (i % 5 + 1)


def long_sst_rows():
    rows = [[("姓名", "s"), ("手机", "s"), ("备注", "s")]]
    rows += [[("客户%d" % i, "s"), ("139%08d" % i, "s"), (long_sst_remark(i), "s")] for i in range(1, 301)]
    rows.append([("长文本", "s"), ("13900000000", "s"), ("龘" * 4500 + RARE + "尾", "s")])
    rows.append([("ascii", "s"), ("13900000001", "s"), ("abc" * 3000 + "end", "s")])
    return rows


def fods_cell(value, kind):
    if kind == "f":  # a formula with a number result, value = (formula, result as last calculated)
        formula, result = value
        return ('<table:table-cell table:formula="%s" office:value-type="float" office:value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % (escape(formula, {'"': "&quot;"}), result, result))
    if kind == "e":
        return "<table:table-cell/>"
    if kind == "n":
        return ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                "</table:table-cell>" % (value, value))
    if kind == "d":
        return ('<table:table-cell office:value-type="date" office:date-value="%s" '
                'table:style-name="ce1"><text:p>%s</text:p></table:table-cell>' % (value, value))
    paragraphs = "".join("<text:p>%s</text:p>" % escape(p) for p in value.split("\n"))
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % paragraphs


def fods(sheets):
    tables = []
    for name, rows in sheets:
        body = "".join("<table:table-row>%s</table:table-row>" % "".join(fods_cell(*c) for c in row)
                       if row else '<table:table-row><table:table-cell/></table:table-row>'
                       for row in rows)
        tables.append('<table:table table:name="%s">%s</table:table>' % (escape(name), body))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:styles><number:date-style style:name="N1"><number:year number:style="long"/>'
            '<number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text>'
            '<number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/>'
            '<number:text>:</number:text><number:minutes number:style="long"/></number:date-style></office:styles>'
            '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell" '
            'style:data-style-name="N1"/></office:automatic-styles>'
            "<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>"
            % "".join(tables))


def soffice(source, target_ext, filter_spec, out_name):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", target_ext + ":" + filter_spec, "--outdir", tmp, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(source))[0] + "." + target_ext)
        shutil.copy(produced, os.path.join(HERE, out_name))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def libreoffice_fixtures():
    with tempfile.TemporaryDirectory() as tmp:
        people = os.path.join(tmp, "people.fods")
        with open(people, "w", encoding="utf-8") as f:
            f.write(fods([("客户", CUSTOMERS), ("数字", NUMBERS)]))
        csv = "Text - txt - csv (StarCalc)"
        soffice(people, "xlsx", "Calc MS Excel 2007 XML", "lo_people.xlsx")
        # Excel 97–2003 (BIFF8), WPS's default. FreeXL 1.0.6 (Debian 12) cannot open a workbook
        # holding an empty text cell (a zero-length shared string): the .xls has no cell there.
        xls = os.path.join(tmp, "people-xls.fods")
        no_empty_text = [[("", "e") if c == ("", "s") else c for c in row] for row in CUSTOMERS]
        with open(xls, "w", encoding="utf-8") as f:
            f.write(fods([("客户", no_empty_text), ("数字", NUMBERS)]))
        soffice(xls, "xls", "MS Excel 97", "lo_people.xls")
        empty_text = os.path.join(tmp, "empty-text.fods")
        with open(empty_text, "w", encoding="utf-8") as f:
            f.write(fods([("客户", [[("姓名", "s"), ("手机", "s"), ("备注", "s")], [("张三", "s"), ("13812345678", "s"), ("", "s")]])]))
        soffice(empty_text, "xls", "MS Excel 97", "lo_empty_text.xls")
        # A shared-string table far beyond one 8 224-byte record: it goes on in CONTINUE
        # records, strings (CJK: UTF-16; ASCII: one byte a character) split across them.
        long_sst = os.path.join(tmp, "long-sst.fods")
        with open(long_sst, "w", encoding="utf-8") as f:
            f.write(fods([("长表", long_sst_rows())]))
        soffice(long_sst, "xls", "MS Excel 97", "lo_long_sst.xls")
        # Formula cells: FORMULA records with the result as last calculated, which FreeXL 1.0.6
        # does not read.
        formulas = os.path.join(tmp, "formulas.fods")
        with open(formulas, "w", encoding="utf-8") as f:
            f.write(fods([("公式", FORMULAS)]))
        soffice(formulas, "xls", "MS Excel 97", "lo_formulas.xls")
        soffice(people, "csv", csv + ":44,34,76", "lo_utf8.csv")             # UTF-8, no BOM
        soffice(people, "csv", csv + ":44,34,85", "lo_gb18030.csv")          # GB18030
        soffice(people, "txt", csv + ":9,34,65535", "lo_unicode.txt")        # "Unicode Text"
        # GBK (CP936) cannot hold 𠀾: a GBK export without it, as Excel on zh-CN writes.
        gbk_rows = [r for r in CUSTOMERS if not any(RARE in v for v, _ in r)]
        gbk = os.path.join(tmp, "gbk.fods")
        with open(gbk, "w", encoding="utf-8") as f:
            f.write(fods([("客户", gbk_rows)]))
        soffice(gbk, "csv", csv + ":44,34,61", "lo_gbk.csv")
    with open(os.path.join(HERE, "lo_utf8.csv"), "rb") as f:
        write("lo_utf8_bom.csv", b"\xef\xbb\xbf" + f.read())


def freexl_crash_fixture():
    # One byte of lo_long_sst.xls changed (inside the shared-string table): FreeXL 1.0.6 reads
    # out of bounds and the process dies (SIGSEGV). Found by fuzzing; the own reader refuses it.
    # The offset is for the committed lo_long_sst.xls: after regenerating that, find a new one.
    with open(os.path.join(HERE, "lo_long_sst.xls"), "rb") as f:
        data = bytearray(f.read())
    data[3263] = 0x92
    write("freexl_crash.xls", bytes(data))


def openpyxl_fixture():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "线索"
    ws.append(["客户姓名", "联系电话", "证件号码"])
    ws.append(["赵六", 13812345678, 1.10105194912310e17])  # as Excel stores an 18-digit id
    ws.append(["钱七", "13900001111", "110105194912310020"])
    wb.create_sheet("空表")
    wb.save(os.path.join(HERE, "openpyxl_numbers.xlsx"))


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                 '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def package(name, sheet, shared=None, level=6):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def handmade_fixtures():
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst %s count="3" uniqueCount="3">'
              '<si><t>姓名</t></si>'
              '<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r>'
              '<rPh sb="0" eb="1"><t>ZHANG</t></rPh></si>'
              '<si><t>a &amp; b</t></si></sst>' % NS)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>手机</t></is></c>'
             '<c r="C1" t="inlineStr"><is><r><t>备</t></r><r><t>注</t></r></is></c>'
             '<c r="D1" t="inlineStr"><is><t>标记</t></is></c><c r="E1" s="1"/></row>'
             '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>13812345678</t></is></c>'
             '<c r="C2" t="str"><f>CONCAT("公式","结果")</f><v>公式结果</v></c><c r="D2" t="b"><v>1</v></c></row>'
             '<row r="5"><c r="A5" t="inlineStr"><is><t>李四</t></is></c><c r="C5" t="e"><v>#N/A</v></c>'
             '<c r="D5" t="s"><v>2</v></c></row>'
             '<row r="6"><c t="inlineStr"><is><t>王五</t></is></c><c><v>13900001111</v></c></row>'
             '<row r="7"><c r="A7" s="1"/><c r="B7" t="inlineStr"><is><t></t></is></c></row>'
             '<row r="8"><c r="A8" t="inlineStr"><is><t>赵六</t></is></c><c r="F8" t="inlineStr"><is><t>extra</t></is></c></row>'
             '<row r="9"><c r="A9" t="s"><v>99</v></c></row>'
             '</sheetData></worksheet>' % NS)
    package("handmade.xlsx", sheet, shared)

    # Zip bomb: 50 MB of spaces inside <sheetData> deflate to ~50 KB (ratio ~1000:1).
    bomb = "<?xml version=\"1.0\"?><worksheet %s><sheetData>%s</sheetData></worksheet>" % (NS, " " * (50 << 20))
    package("bomb.xlsx", bomb, None, level=9)

    # The same bomb with zip headers that lie: they claim 500 000 bytes (ratio ~10:1), so
    # only the bytes actually inflated can tell.
    with open(os.path.join(HERE, "bomb.xlsx"), "rb") as f:
        data = bytearray(f.read())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            if data[at + name_offset:at + name_offset + len(name)] == name:
                data[at + size_offset:at + size_offset + 4] = (500000).to_bytes(4, "little")
            at += 4
    write("bomb_lying_header.xlsx", bytes(data))

    laughs = ['<!ENTITY lol "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
                                        for i in range(1, 10)]
    billion = ('<?xml version="1.0"?><!DOCTYPE sst [%s]><sst %s><si><t>&lol9;</t></si></sst>'
               % ("".join(laughs), NS))
    plain_sheet = ('<?xml version="1.0"?><worksheet %s><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                   '</row></sheetData></worksheet>' % NS)
    package("billion_laughs.xlsx", plain_sheet, billion)

    xxe = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
           '</sheetData></worksheet>' % NS)
    package("xxe.xlsx", xxe)
    write("not_a_zip.xlsx", "姓名,手机\n这不是表格,1\n".encode("utf-8"))


def csv_fixtures():
    # CRLF records, CRLF inside quotes, doubled quotes, embedded commas, no final newline.
    write("rfc4180_crlf.csv", ('姓名,备注,手机\r\n'
                               '"王""小""明","a,b",1\r\n'
                               '"多\r\n行",x,2\r\n'
                               'short\r\n'
                               '末行,"最后",3').encode("utf-8"))
    write("utf8_invalid.csv", b"name,phone\n" + "张三,1\n".encode() + b"\xe6\x9d\xff\xe5\x9b\x9b,2\n"
          + "王五,3\n".encode())
    write("gb18030_invalid.csv", "姓名,手机\n张三,1\n".encode("gb18030") + b"\x81,2\n"
          + ("%s王,3\n" % RARE).encode("gb18030") + b"ok,\x80bad\n" + "赵六,5\n".encode("gb18030"))
    write("utf16be.csv", b"\xfe\xff" + "姓名\t手机\r\n张三\t1\r\n".encode("utf-16-be"))
    write("semicolon.csv", "name;phone;remark\n\"a;b\";1;x\n".encode("utf-8"))
    write("blank_lines.csv", "\n\n姓名,手机\n张三,1\n\n,,\n李四,2\n\n\n".encode("utf-8"))


if __name__ == "__main__":
    libreoffice_fixtures()
    freexl_crash_fixture()
    openpyxl_fixture()
    handmade_fixtures()
    csv_fixtures()
