#!/usr/bin/env bash
# How the binary fixtures here were made (kept for reference; the files are committed).
# leads.xlsx by Debian's python3-openpyxl; leads_gb18030.csv encoded by Python's gb18030 codec.
set -e
/usr/bin/python3 - <<'PY'
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "线索"
ws.append(["姓名", "手机", "身份证号", "渠道"])
ws.append(["周一", "13812340001", "", "抖音"])
ws.append(["吴二", 13812340002, "", "抖音"])   # a phone stored as a NUMBER cell
ws.append(["郑三", "13812340003", "11010519491231002X", "安居客"])
ws2 = wb.create_sheet("备用"); ws2.append(["name","phone"]); ws2.append(["Tom Lee","+852 9123 4567"])
wb.save('leads.xlsx')
rows = "姓名,电话,渠道\r\n王𠀾,13612345678,安居客\r\n䶮明,13512345678,安居客\r\n"
open('leads_gb18030.csv','wb').write(rows.encode('gb18030'))
PY
