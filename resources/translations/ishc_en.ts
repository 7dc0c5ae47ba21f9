<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
  <context>
    <name>App</name>
    <message>
      <location filename="../../ui/app.py" line="51" />
      <source>Không mở được tệp dữ liệu:
{path}

Tệp bị hỏng hoặc không phải dữ liệu của ISHC Desk. Không có gì bị ghi đè.

Cách khôi phục: đóng chương trình, đổi tên tệp hỏng, rồi chép bản sao lưu mới nhất vào đúng vị trí và tên trên.</source>
      <translation>Cannot open the data file:
{path}

The file is damaged or is not ISHC Desk data. Nothing has been overwritten.

To recover: close the program, rename the damaged file, then copy the latest backup to exactly the location and name above.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="57" />
      <source>Bản sao lưu mới nhất tìm thấy: {p}</source>
      <translation>Latest backup found: {p}</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="58" />
      <source>Dữ liệu bị hỏng</source>
      <translation>Damaged data</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="60" />
      <source>Phiên bản cũ</source>
      <translation>Outdated version</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="60" />
      <source>Dữ liệu này do phiên bản ISHC Desk mới hơn tạo ra (phiên bản dữ liệu {found}). Hãy cài phiên bản mới của chương trình.</source>
      <translation>This data was created by a newer version of ISHC Desk (data version {found}). Please install the new version of the program.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="65" />
      <source>Không mở được dữ liệu</source>
      <translation>Cannot open the data</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="65" />
      <source>Không kết nối được cơ sở dữ liệu:
{error}</source>
      <translation>Cannot connect to the database:
{error}</translation>
    </message>
  </context>
  <context>
    <name>BoardEditor</name>
    <message>
      <location filename="../../dialogs/board_editor.py" line="75" />
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="76" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="77" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="78" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="79" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="80" />
      <source>Nhiệm kỳ</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="105" />
      <source>Thành viên CLB</source>
      <translation>Club member</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="107" />
      <source>Người mới</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="108" />
      <source>nay</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="150" />
      <source>Thêm người</source>
      <translation>Add person</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="150" />
      <source>Xóa dòng</source>
      <translation>Delete row</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="151" />
      <source>Lên</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="151" />
      <source>Xuống</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="165" />
      <source>Thành viên đang sinh hoạt của CLB:</source>
      <translation>Active club member:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="166" />
      <source>Người mới:</source>
      <translation>New person:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="168" />
      <source>— chọn thành viên —</source>
      <translation>— choose a member —</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="173" />
      <source>CLB chưa có thành viên nào.</source>
      <translation>The club has no members yet.</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="176" />
      <source>— chọn —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="188" />
      <source>(không ghi)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="195" />
      <source>Người ở dòng đang chọn</source>
      <translation>Person in the selected row</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="197" />
      <source>Chức danh:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="200" />
      <source>Nhiệm kỳ từ ngày:</source>
      <translation>Term from:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="202" />
      <source>đến ngày:</source>
      <translation>to:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="210" />
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="210" />
      <source>Giới tính:</source>
      <translation>Sex:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="211" />
      <source>Năm sinh:</source>
      <translation>Year of birth:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="211" />
      <source>Dân tộc:</source>
      <translation>Ethnic group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="212" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/board_editor.py" line="213" />
      <source>Hoàn cảnh hộ:</source>
      <translation>Household status:</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../ui/cli/__init__.py" line="37" />
      <source>ISHC Desk — quản lý Câu lạc bộ Liên thế hệ tự giúp nhau. Không có lệnh: mở cửa sổ chương trình.</source>
      <translation>ISHC Desk — records of Intergenerational Self-Help Clubs (ISHC). With no command, the program window opens.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="42" />
      <source>tệp SQLite hoặc postgresql://… (mặc định: biến ISHC_DB, rồi tệp trong thư mục dữ liệu)</source>
      <translation>SQLite file or postgresql://… (default: the ISHC_DB variable, then the file in the data folder)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="46" />
      <source>ngôn ngữ (vi hoặc en)</source>
      <translation>language (vi or en)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="82" />
      <source>Tệp cơ sở dữ liệu bị hỏng hoặc không phải của chương trình: {e}</source>
      <translation>The database file is damaged or does not belong to this program: {e}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="85" />
      <source>Cơ sở dữ liệu do phiên bản mới hơn tạo ra (phiên bản {found}); hãy cập nhật chương trình.</source>
      <translation>The database was created by a newer version (version {found}); please update the program.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="92" />
      <source>Không tìm thấy {entity}: {key}</source>
      <translation>{entity} not found: {key}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="12" />
      <source>Tạo hoặc nâng cấp cơ sở dữ liệu; có thể khai báo cơ quan.</source>
      <translation>Create or upgrade the database; can also set up the office.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="15" />
      <source>mã xã/phường (danh mục sau 01/7/2025)</source>
      <translation>commune/ward code (list in force from 01/07/2025)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="16" />
      <source>tên cơ quan</source>
      <translation>office name</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="17" />
      <source>Danh sách CLB, mỗi dòng một CLB, mã CLB đứng đầu.</source>
      <translation>List the clubs, one per line, club code first.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="19" />
      <source>Kiểm tra toàn vẹn dữ liệu và các quy tắc nghiệp vụ.</source>
      <translation>Check data integrity and the business rules.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="35" />
      <source>Cơ sở dữ liệu sẵn sàng: {p} tỉnh/thành phố, {w} xã/phường/đặc khu.</source>
      <translation>Database ready: {p} provinces/cities, {w} communes/wards/special zones.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="39" />
      <source>Cơ quan: {name} — {ward}</source>
      <translation>Office: {name} — {ward}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="55" />
      <source>đạt</source>
      <translation>meets the standard</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="55" />
      <source>chưa đạt</source>
      <translation>below the standard</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="66" />
      <source>Dữ liệu toàn vẹn: không phát hiện lỗi.</source>
      <translation>Data integrity: no errors found.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="13" />
      <source>Tạo dữ liệu mẫu (phường Đức Xuân nếu chưa khai báo cơ quan) trong cơ sở dữ liệu chưa có CLB nào.</source>
      <translation>Create sample data (Đức Xuân ward if no office has been set up) in a database that has no clubs yet.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="16" />
      <source>số CLB (mặc định 12)</source>
      <translation>number of clubs (default 12)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="18" />
      <source>hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu (mặc định 1)</source>
      <translation>random seed: the same seed gives the same data (default 1)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="34" />
      <source>Đang tạo CLB {done}/{total}…</source>
      <translation>Creating club {done}/{total}…</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="47" />
      <source>Đã tạo dữ liệu mẫu trong {sec:.1f} giây.</source>
      <translation>Sample data created in {sec:.1f} seconds.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="48" />
      <source>Câu lạc bộ: {n} ({statuses})</source>
      <translation>Clubs: {n} ({statuses})</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="49" />
      <source>Thành viên đang sinh hoạt: {n}; đã ra khỏi CLB: {left}</source>
      <translation>Active members: {n}; left their club: {left}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="51" />
      <source>Thôn/tổ dân phố: {n}</source>
      <translation>Villages/residential groups: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="32" />
      <source>In giấy tờ của một CLB ra tệp PDF: quyết định thành lập, giấy chứng nhận, biên bản lễ ra mắt, quy chế, danh sách thành viên. Văn bản có số được ban hành (cấp số, lưu vào sổ văn bản) ở lần in đầu; lần sau in lại đúng bản đã lưu.</source>
      <translation>Print a club's papers to a PDF file: founding decision, certificate, minutes of the launch ceremony, statute, member list. A numbered document is issued (given a number and entered in the document register) when it is first printed; later prints reproduce the stored copy exactly.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="37" />
      <source>decision | certificate | launch-minutes | statute | members</source>
      <translation>decision | certificate | launch-minutes | statute | members</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="39" />
      <source>mã CLB</source>
      <translation>club code</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="41" />
      <source>tệp PDF sẽ tạo</source>
      <translation>PDF file to create</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="43" />
      <source>ngày của văn bản (mặc định: hôm nay)</source>
      <translation>date of the document (default: today)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="46" />
      <source>in bản nháp chưa có số, không ghi vào sổ văn bản</source>
      <translation>print an unnumbered draft; nothing is entered in the document register</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="48" />
      <source>ban hành văn bản mới (số mới) dù CLB đã có văn bản này</source>
      <translation>issue a new document (new number) even if the club already has this one</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="51" />
      <source>Sổ văn bản đã ban hành: số/ký hiệu, ngày, trích yếu, người ký (cách nhau bằng dấu tab), mới nhất trước.</source>
      <translation>Register of issued documents: number/code, date, summary, signer (separated by tabs), newest first.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="53" />
      <source>chỉ năm này</source>
      <translation>this year only</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="55" />
      <source>chỉ văn bản của cơ quan này (ký hiệu viết tắt, ví dụ UBND)</source>
      <translation>only documents of this issuing body (abbreviation, e.g. UBND)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="82" />
      <source>Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).</source>
      <translation>There is no club with the code “{code}” (the clubs command lists the clubs).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="88" />
      <source>Không ghi được tệp {path}: {reason}</source>
      <translation>Cannot write the file {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="97" />
      <source>Bản lưu của văn bản không còn khớp mã kiểm tra SHA-256 (dữ liệu bị sửa ngoài chương trình hoặc bị hỏng); hãy khôi phục từ bản sao lưu.</source>
      <translation>The stored copy of the document no longer matches its SHA-256 checksum (the data was changed outside the program or is damaged); restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="104" />
      <source>Đã in bản không số: {path}</source>
      <translation>Unnumbered draft printed: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="106" />
      <source>Đã in lại văn bản số {number} ngày {date} (bản đã lưu): {path}</source>
      <translation>Reprinted document No. {number} of {date} (stored copy): {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="109" />
      <source>Văn bản này đã ban hành ngày {date}; muốn ban hành văn bản mới thì dùng --new.</source>
      <translation>This document was issued on {date}; to issue a new one, use --new.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="112" />
      <source>Đã ban hành văn bản số {number} ngày {date}: {path}</source>
      <translation>Issued document No. {number} of {date}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="122" />
      <source>Năm không hợp lệ: {year}</source>
      <translation>Invalid year: {year}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="13" />
      <source>Tạo tệp Excel mẫu để nhập danh sách thành viên.</source>
      <translation>Create an Excel template for importing a member list.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="15" />
      <source>tệp sẽ tạo</source>
      <translation>file to create</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="17" />
      <source>mã CLB (để có danh sách tổ/nhóm của CLB)</source>
      <translation>club code (to include the club's groups)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="20" />
      <source>Nhập danh sách thành viên từ tệp Excel theo mẫu vào một CLB. Kiểm tra cả tệp trước; còn lỗi thì không nhập dòng nào.</source>
      <translation>Import a member list into a club from an Excel file made from the template. The whole file is checked first; if any error remains, no row is imported.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="22" />
      <source>tệp Excel theo mẫu</source>
      <translation>Excel file made from the template</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="25" />
      <source>chỉ kiểm tra tệp, không ghi gì</source>
      <translation>only check the file; write nothing</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="27" />
      <source>vẫn nhập những người có thể trùng (cùng họ tên và năm sinh) với người đã có</source>
      <translation>also import people who may duplicate someone already recorded (same full name and year of birth)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="31" />
      <source>Xuất danh sách thành viên đang sinh hoạt ra tệp Excel (in được, nhập lại được).</source>
      <translation>Export the active members to an Excel file (printable, and can be imported again).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="36" />
      <source>mọi CLB của xã/phường</source>
      <translation>all clubs of the commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="75" />
      <source>Đã tạo tệp mẫu: {path}</source>
      <translation>Template created: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="90" />
      <source>Chưa nhập gì. Nếu đúng là người khác, chạy lại với --allow-possible-duplicates.</source>
      <translation>Nothing imported. If they really are different people, run again with --allow-possible-duplicates.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="93" />
      <source>Chưa nhập gì: tệp có {n} lỗi, sửa rồi chạy lại.</source>
      <translation>Nothing imported: the file has errors ({n}); correct them and run again.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="97" />
      <source>Tệp hợp lệ: {n} thành viên sẵn sàng nhập vào CLB {code} (chạy thử, chưa ghi gì).</source>
      <translation>The file is valid: {n} member(s) ready to import into club {code} (dry run, nothing written).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="100" />
      <source>Đã nhập {n} thành viên vào CLB {code}.</source>
      <translation>Imported {n} member(s) into club {code}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="112" />
      <source>Chưa khai báo xã/phường của cơ quan (lệnh init --ward).</source>
      <translation>The office's commune/ward has not been set (command init --ward).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="124" />
      <source>Đã xuất {n} thành viên ra tệp {path}</source>
      <translation>Exported {n} member(s) to {path}</translation>
    </message>
  </context>
  <context>
    <name>ClubDetail</name>
    <message>
      <location filename="../../ui/club_detail.py" line="44" />
      <source>nay</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="137" />
      <source>Thông tin CLB</source>
      <translation>Club details</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="143" />
      <source>Mã CLB:</source>
      <translation>Club code:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="143" />
      <source>Xã/phường:</source>
      <translation>Commune/ward:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="144" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="144" />
      <source>Giai đoạn kế hoạch:</source>
      <translation>Plan period:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="145" />
      <source>Trạng thái:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="145" />
      <source>Ngày sinh hoạt:</source>
      <translation>Meeting day:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="146" />
      <source>Địa điểm sinh hoạt:</source>
      <translation>Meeting place:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="147" />
      <source>Quyết định thành lập:</source>
      <translation>Founding decision:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="148" />
      <source>Cơ quan ra quyết định:</source>
      <translation>Issuing authority:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="148" />
      <source>Lễ ra mắt:</source>
      <translation>Launch ceremony:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="149" />
      <source>Quy chế:</source>
      <translation>Statute:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="165" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="165" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="165" />
      <source>Năm sinh</source>
      <translation>Born</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="165" />
      <source>Nhiệm kỳ</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="168" />
      <source>Chỉ tiêu</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="168" />
      <source>Hiện có</source>
      <translation>Current</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="168" />
      <source>Chuẩn</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="168" />
      <source>Đánh giá</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="170" />
      <source>Tên tổ/nhóm</source>
      <translation>Group name</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="170" />
      <source>Số thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="172" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="172" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="172" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="182" />
      <source>Ban chủ nhiệm</source>
      <translation>Management board</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="183" />
      <source>Cơ cấu thành viên</source>
      <translation>Membership composition</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="185" />
      <source>Tổ/nhóm</source>
      <translation>Groups</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="186" />
      <source>Lịch sử trạng thái</source>
      <translation>Status history</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="193" />
      <source>Chọn một CLB trong danh sách để xem chi tiết.</source>
      <translation>Select a club in the list to see its details.</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="210" />
      <source>{status} (từ ngày {date})</source>
      <translation>{status} (since {date})</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="213" />
      <source>Đã thông qua ngày {date}</source>
      <translation>Adopted on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="215" />
      <source>Chưa thông qua</source>
      <translation>Not yet adopted</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="240" />
      <source>Đạt</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="240" />
      <source>Chưa đạt</source>
      <translation>Not met</translation>
    </message>
  </context>
  <context>
    <name>ClubDialog</name>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="50" />
      <source>Sửa thông tin CLB</source>
      <translation>Edit club details</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="50" />
      <source>Thêm CLB dự kiến</source>
      <translation>Add planned club</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="56" />
      <source>VD: DX01</source>
      <translation>e.g. DX01</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="58" />
      <source>VD: CLB Liên thế hệ tự giúp nhau tổ 1</source>
      <translation>e.g. CLB Liên thế hệ tự giúp nhau tổ 1</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="60" />
      <source>(chưa khai báo xã/phường)</source>
      <translation>(commune/ward not set)</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="69" />
      <source>VD: ngày 15 hằng tháng</source>
      <translation>e.g. ngày 15 hằng tháng (the 15th of each month)</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="71" />
      <source>VD: Nhà văn hóa tổ 1</source>
      <translation>e.g. Nhà văn hóa tổ 1 (community hall)</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="76" />
      <source>Mã CLB:</source>
      <translation>Club code:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="77" />
      <source>Tên CLB:</source>
      <translation>Club name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="78" />
      <source>Xã/phường:</source>
      <translation>Commune/ward:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="79" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="81" />
      <source>Giai đoạn kế hoạch:</source>
      <translation>Plan period:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="83" />
      <source>Ngày sinh hoạt:</source>
      <translation>Meeting day:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="85" />
      <source>Địa điểm sinh hoạt:</source>
      <translation>Meeting place:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="87" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="92" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="93" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="114" />
      <source>(không còn)</source>
      <translation>(no longer exists)</translation>
    </message>
  </context>
  <context>
    <name>ClubsModel</name>
    <message>
      <location filename="../../ui/clubs_model.py" line="51" />
      <source>số thành viên</source>
      <translation>members</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="52" />
      <source>NCT</source>
      <translation>older people</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="53" />
      <source>nữ</source>
      <translation>women</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="54" />
      <source>hộ nghèo/khó khăn</source>
      <translation>poor/hardship</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="55" />
      <source>TNV chăm sóc</source>
      <translation>home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="69" />
      <source>{number} ngày {date}</source>
      <translation>{number} of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="100" />
      <source>Chưa có thành viên</source>
      <translation>No members yet</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="102" />
      <source>Đạt chuẩn</source>
      <translation>Meets standard</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="104" />
      <source>Chưa đạt: {figures}</source>
      <translation>Not met: {figures}</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="112" />
      <source>chuẩn</source>
      <translation>standard</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="121" />
      <source>Mã CLB</source>
      <translation>Club code</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="122" />
      <source>Tên CLB</source>
      <translation>Club name</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="123" />
      <source>Thôn/tổ dân phố</source>
      <translation>Village/group</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="124" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="125" />
      <source>Quyết định thành lập</source>
      <translation>Founding decision</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="126" />
      <source>Số thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="127" />
      <source>Cơ cấu</source>
      <translation>Composition</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="181" />
      <source>Từ ngày {date}</source>
      <translation>Since {date}</translation>
    </message>
  </context>
  <context>
    <name>ClubsPage</name>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="51" />
      <source>Câu lạc bộ</source>
      <translation>Clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="54" />
      <source>Tìm theo mã hoặc tên CLB…</source>
      <translation>Search by club code or name…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="57" />
      <source>Mọi trạng thái</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="60" />
      <source>Thêm CLB dự kiến</source>
      <translation>Add planned club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="61" />
      <source>Sửa</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="62" />
      <source>Thành lập CLB…</source>
      <translation>Establish club…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="63" />
      <source>Đổi trạng thái…</source>
      <translation>Change status…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="64" />
      <source>In giấy tờ…</source>
      <translation>Print papers…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="65" />
      <source>Quyết định, giấy chứng nhận, biên bản ra mắt, quy chế, danh sách thành viên của CLB đang chọn</source>
      <translation>Decision, certificate, launch minutes, statute and member list of the selected club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="169" />
      <source>{n} CLB</source>
      <translation>Clubs: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="171" />
      <source>Hiện {shown} trong {n} CLB</source>
      <translation>Showing {shown} of {n} clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="199" />
      <source>Chưa có CLB nào. Bấm «Thêm CLB dự kiến» để ghi CLB đầu tiên.</source>
      <translation>No clubs yet. Click “Add planned club” to record the first one.</translation>
    </message>
  </context>
  <context>
    <name>CompositionPanel</name>
    <message>
      <location filename="../../ui/composition_panel.py" line="25" />
      <source>Số thành viên</source>
      <translation>Number of members</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="26" />
      <source>Người cao tuổi (≥ {age} tuổi)</source>
      <translation>Older people (aged {age}+)</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="27" />
      <source>Nữ</source>
      <translation>Women</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="28" />
      <source>Nghèo/cận nghèo/khó khăn</source>
      <translation>Poor/near-poor/in hardship</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="29" />
      <source>TNV chăm sóc tại nhà</source>
      <translation>Home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="52" />
      <source>✔ Đạt</source>
      <translation>✔ Met</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="52" />
      <source>✘ Chưa đạt</source>
      <translation>✘ Not met</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="65" />
      <source>Cơ cấu thành viên</source>
      <translation>Membership composition</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="71" />
      <source>Chọn một CLB để xem cơ cấu thành viên.</source>
      <translation>Select a club to see its membership composition.</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="78" />
      <source>Tính đến ngày:</source>
      <translation>As of:</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="142" />
      <source>Ngày không hợp lệ, gõ theo dạng dd/mm/yyyy</source>
      <translation>Invalid date; type it as dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="162" />
      <source>Chuẩn: {standard}</source>
      <translation>Standard: {standard}</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="169" />
      <source>CLB chưa có thành viên vào ngày này.</source>
      <translation>The club had no members on this date.</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="171" />
      <source>Đạt chuẩn cơ cấu thành viên.</source>
      <translation>Meets the membership composition standard.</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="174" />
      <source>Chưa đạt {n}/{total} chỉ tiêu cơ cấu.</source>
      <translation>{n} of {total} composition indicators not met.</translation>
    </message>
  </context>
  <context>
    <name>DocumentSettingsTab</name>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="37" />
      <source>Lề trên:</source>
      <translation>Top margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="38" />
      <source>Lề dưới:</source>
      <translation>Bottom margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="39" />
      <source>Lề trái:</source>
      <translation>Left margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="40" />
      <source>Lề phải:</source>
      <translation>Right margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="41" />
      <source>Cỡ chữ phần nội dung:</source>
      <translation>Body text size:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="52" />
      <source>từ {low} đến {high}</source>
      <translation>from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="54" />
      <source>Khổ giấy A4. Lề và cỡ chữ theo Nghị định 30/2020/NĐ-CP về công tác văn thư; áp dụng cho quyết định, biên bản, quy chế và danh sách thành viên in từ nay (văn bản đã ban hành giữ nguyên bản đã lưu).</source>
      <translation>A4 paper. Margins and text size follow Decree 30/2020/NĐ-CP on clerical work; they apply to decisions, minutes, statutes and member lists printed from now on (documents already issued keep their stored copies).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="60" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="61" />
      <source>Về mức mặc định</source>
      <translation>Restore defaults</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="93" />
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="45" />
      <source>Số, ký hiệu</source>
      <translation>Number/code</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="46" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="47" />
      <source>Loại văn bản</source>
      <translation>Document type</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="48" />
      <source>Trích yếu</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="49" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="50" />
      <source>Người ký</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="51" />
      <source>Người ban hành</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="110" />
      <source>Văn bản</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="115" />
      <source>Mọi năm</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="117" />
      <source>Mọi cơ quan ban hành</source>
      <translation>All issuing bodies</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="118" />
      <source>Tạo văn bản…</source>
      <translation>New document…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="119" />
      <source>Xem/In lại</source>
      <translation>View/Reprint</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="120" />
      <source>Mở đúng bản đã lưu khi ban hành để xem, in hoặc lưu</source>
      <translation>Open the exact copy stored when it was issued, to view, print or save it</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="139" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="180" />
      <source>Đang tải…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="197" />
      <source>{n} văn bản</source>
      <translation>Documents: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="198" />
      <source>Chưa có văn bản nào được ban hành.</source>
      <translation>No documents have been issued yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="213" />
      <source>{paper} số {number}</source>
      <translation>{paper} No. {number}</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../ui/excepthook.py" line="45" />
      <source>Chương trình gặp lỗi</source>
      <translation>Program error</translation>
    </message>
    <message>
      <location filename="../../ui/excepthook.py" line="48" />
      <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi có thể chưa được ghi.
Hãy bấm «Sao chép chi tiết» và gửi cho người hỗ trợ kỹ thuật.</source>
      <translation>An unexpected error occurred. Data saved earlier is not affected; the last action may not have been saved.
Click “Copy details” and send them to your technical support.</translation>
    </message>
    <message>
      <location filename="../../ui/excepthook.py" line="52" />
      <source>Nhật ký lỗi: {path}</source>
      <translation>Error log: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/excepthook.py" line="62" />
      <source>Sao chép chi tiết</source>
      <translation>Copy details</translation>
    </message>
  </context>
  <context>
    <name>FoundingWizard</name>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="56" />
      <source>Bước 1. Quyết định thành lập</source>
      <translation>Step 1. Founding decision</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="57" />
      <source>Quyết định của UBND xã/phường, lễ ra mắt và quy chế của CLB.</source>
      <translation>Decision of the commune/ward People's Committee, launch ceremony and club statute.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="59" />
      <source>VD: 125/QĐ-UBND</source>
      <translation>e.g. 125/QĐ-UBND</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="65" />
      <source>Quy chế hoạt động đã được thông qua</source>
      <translation>The club statute has been adopted</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="72" />
      <source>Số quyết định:</source>
      <translation>Decision number:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="74" />
      <source>Ngày quyết định:</source>
      <translation>Decision date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="76" />
      <source>Cơ quan ra quyết định:</source>
      <translation>Issuing authority:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="78" />
      <source>Ngày lễ ra mắt:</source>
      <translation>Launch ceremony date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="80" />
      <source>Quy chế:</source>
      <translation>Statute:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="81" />
      <source>Ngày thông qua quy chế:</source>
      <translation>Statute adopted on:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="114" />
      <source>Bước 2. Tổ/nhóm</source>
      <translation>Step 2. Groups</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="115" />
      <source>Các tổ/nhóm của CLB. Có thể thêm, xóa, đổi tên (bấm đúp) và đổi thứ tự; để trống nếu CLB chưa chia tổ/nhóm.</source>
      <translation>The club's groups. You can add, delete, rename (double-click) and reorder them; leave the list empty if the club has no groups yet.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="122" />
      <source>Thêm tổ/nhóm</source>
      <translation>Add group</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="122" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="123" />
      <source>Lên</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="123" />
      <source>Xuống</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="143" />
      <source>Nhóm {n}</source>
      <translation>Nhóm {n}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="174" />
      <source>Bước 3. Ban chủ nhiệm</source>
      <translation>Step 3. Management board</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="175" />
      <source>Mỗi dòng một người: chọn thành viên đang sinh hoạt của CLB hoặc nhập người mới (người mới được ghi vào danh sách thành viên).</source>
      <translation>One person per row: choose an active member of the club or enter a new person (new people are added to the member list).</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="199" />
      <source>Bước 4. Xác nhận</source>
      <translation>Step 4. Confirm</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="200" />
      <source>Kiểm tra lại rồi bấm «Thành lập» để ghi vào dữ liệu.</source>
      <translation>Check everything, then click “Establish” to save it.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="220" />
      <source>Thành lập CLB {code}</source>
      <translation>Establish club {code}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="223" />
      <source>&lt; Quay lại</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="224" />
      <source>Tiếp &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="225" />
      <source>Thành lập</source>
      <translation>Establish</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="226" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="298" />
      <source>Chưa thông qua</source>
      <translation>Not yet adopted</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="300" />
      <source>Đã thông qua (chưa ghi ngày)</source>
      <translation>Adopted (date not recorded)</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="301" />
      <source>Đã thông qua ngày {date}</source>
      <translation>Adopted on {date}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="308" />
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="309" />
      <source>Ngày quyết định</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="310" />
      <source>Cơ quan ra quyết định</source>
      <translation>Issuing authority</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="311" />
      <source>Ngày lễ ra mắt</source>
      <translation>Launch ceremony date</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="312" />
      <source>Quy chế</source>
      <translation>Statute</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="314" />
      <source>Câu lạc bộ</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="318" />
      <source>Tổ/nhóm ({n})</source>
      <translation>Groups ({n})</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="322" />
      <source>Chưa chia tổ/nhóm.</source>
      <translation>No groups.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="323" />
      <source>Ban chủ nhiệm ({n} người)</source>
      <translation>Management board ({n})</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="325" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="325" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="325" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="326" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="326" />
      <source>Nhiệm kỳ</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="330" />
      <source>Khi bấm «Thành lập», CLB chuyển sang trạng thái «{status}» từ ngày quyết định; người mới trong Ban chủ nhiệm được ghi vào danh sách thành viên.</source>
      <translation>When you click “Establish”, the club's status becomes “{status}” from the decision date; new people on the management board are added to the member list.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="68" />
      <source>Dòng</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="68" />
      <source>Cột</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="68" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="74" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="74" />
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="74" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="75" />
      <source>Dân tộc</source>
      <translation>Ethnic group</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="75" />
      <source>Thôn/tổ dân phố</source>
      <translation>Village/residential group</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="75" />
      <source>Hoàn cảnh hộ</source>
      <translation>Household status</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="76" />
      <source>Tổ/nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="76" />
      <source>Số CCCD</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="143" />
      <source>Nhập thành viên từ tệp Excel</source>
      <translation>Import members from Excel</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="146" />
      <source>Câu lạc bộ: &lt;b&gt;{code} — {name}&lt;/b&gt;</source>
      <translation>Club: &lt;b&gt;{code} — {name}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="148" />
      <source>Chọn tệp Excel theo mẫu của chương trình. Cả tệp được kiểm tra trước; nếu còn lỗi thì chưa nhập dòng nào.</source>
      <translation>Choose an Excel file made from the program's template. The whole file is checked first; if there is any error, no row is imported.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="153" />
      <source>Chưa chọn tệp</source>
      <translation>No file chosen</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="154" />
      <source>Chọn tệp…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="155" />
      <source>Kiểm tra lại</source>
      <translation>Check again</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="156" />
      <source>Đọc lại tệp sau khi đã sửa trong Excel</source>
      <translation>Read the file again after correcting it in Excel</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="158" />
      <source>Lưu tệp mẫu…</source>
      <translation>Save template…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="187" />
      <source>Vẫn nhập những người có thể trùng (đã xem kỹ, đúng là người khác)</source>
      <translation>Import possible duplicates anyway (checked: they are different people)</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="192" />
      <source>Nhập dữ liệu</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="195" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="221" />
      <source>Chọn tệp danh sách thành viên</source>
      <translation>Choose the member list file</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="222" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="239" />
      <source>Đang kiểm tra tệp…</source>
      <translation>Checking the file…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="248" />
      <source>Đang nhập dữ liệu…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="256" />
      <source>Lưu tệp mẫu</source>
      <translation>Save template</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="262" />
      <source>Đang tạo tệp mẫu…</source>
      <translation>Creating the template…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="306" />
      <source>Tệp hợp lệ: {n} thành viên sẵn sàng nhập vào CLB {code}. Bấm «Nhập dữ liệu» để nhập.</source>
      <translation>The file is valid: {n} member(s) ready to import into club {code}. Click “Import” to import them.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="311" />
      <source>Có {n} người có thể đã có trong dữ liệu hoặc trùng nhau trong tệp. Nếu đúng là người khác, đánh dấu ô «Vẫn nhập…» ở dưới.</source>
      <translation>Possible duplicates: {n} (already recorded, or repeated in the file). If they really are different people, tick “Import possible duplicates anyway” below.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="316" />
      <source>Tệp có {n} lỗi nên chưa nhập dòng nào. Sửa tệp theo danh sách dưới đây, lưu lại rồi bấm «Kiểm tra lại».</source>
      <translation>The file has errors ({n}), so no row has been imported. Correct the file as listed below, save it, then click “Check again”.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="331" />
      <source>Đã nhập {n} thành viên vào CLB {code}.</source>
      <translation>Imported {n} member(s) into club {code}.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="341" />
      <source>Đã lưu tệp mẫu: {path}</source>
      <translation>Template saved: {path}</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="346" />
      <source>Không ghi hoặc đọc được tệp: {reason}</source>
      <translation>Cannot read or write the file: {reason}</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="349" />
      <source>Có lỗi khi xử lý tệp, chưa nhập gì: {error}</source>
      <translation>Error while processing the file; nothing imported: {error}</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="354" />
      <source>Đang xử lý tệp, xin đợi một chút rồi đóng.</source>
      <translation>The file is being processed; please wait a moment before closing.</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="37" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="53" />
      <source>Ra khỏi CLB</source>
      <translation>Leave club</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="58" />
      <source>— Chọn lý do —</source>
      <translation>— Choose a reason —</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="63" />
      <source>VD: chuyển về ở với con tại phường Phan Đình Phùng</source>
      <translation>e.g. moved in with a son or daughter in Phan Đình Phùng ward</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="68" />
      <source>{name} (sinh năm {year})</source>
      <translation>{name} (born {year})</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="71" />
      <source>Thành viên:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="74" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="75" />
      <source>Ngày vào CLB:</source>
      <translation>Date joined:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="76" />
      <source>Ngày ra khỏi CLB:</source>
      <translation>Date left:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="78" />
      <source>Lý do:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="80" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="84" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="28" />
      <source>ISHC Desk — Quản lý CLB Liên thế hệ tự giúp nhau</source>
      <translation>ISHC Desk — Intergenerational Self-Help Club records</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="71" />
      <source>Sửa thông tin thành viên — {name}</source>
      <translation>Edit member — {name}</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="74" />
      <source>Thêm thành viên</source>
      <translation>Add member</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="87" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="88" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="105" />
      <source>Thông tin cá nhân</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="112" />
      <source>VD: Nguyễn Thị Huệ</source>
      <translation>e.g. Nguyễn Thị Huệ</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="113" />
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="113" />
      <source>Nam</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="127" />
      <source>hoặc năm sinh:</source>
      <translation>or year of birth:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="139" />
      <source>12 chữ số, để trống nếu chưa có</source>
      <translation>12 digits; leave empty if not known</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="142" />
      <source>VD: 0912 345 678</source>
      <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="144" />
      <source>(chưa chọn)</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="159" />
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="160" />
      <source>Giới tính:</source>
      <translation>Sex:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="161" />
      <source>Ngày sinh:</source>
      <translation>Date of birth:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="162" />
      <source>Dân tộc:</source>
      <translation>Ethnic group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="163" />
      <source>Số CCCD:</source>
      <translation>ID card number:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="164" />
      <source>Điện thoại:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="165" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="166" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="170" />
      <source>Hoàn cảnh</source>
      <translation>Circumstances</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="177" />
      <source>Người khuyết tật</source>
      <translation>Person with a disability</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="178" />
      <source>Người có công, gia đình chính sách</source>
      <translation>Person with meritorious service, or policy family</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="179" />
      <source>Hưởng trợ cấp xã hội hằng tháng</source>
      <translation>Receives a monthly social allowance</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="181" />
      <source>Hoàn cảnh hộ:</source>
      <translation>Household status:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="182" />
      <source>Năm xét:</source>
      <translation>Year assessed:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="189" />
      <source>Sinh hoạt CLB</source>
      <translation>Club membership</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="198" />
      <source>(không thuộc tổ/nhóm nào)</source>
      <translation>(no group)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="202" />
      <source>Tình nguyện viên chăm sóc tại nhà</source>
      <translation>Home-care volunteer</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="203" />
      <source>Tình nguyện viên hỗ trợ phát triển kinh tế</source>
      <translation>Economic development volunteer</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="205" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="207" />
      <source>Đã ra khỏi CLB ngày {date} ({reason})</source>
      <translation>Left the club on {date} ({reason})</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="212" />
      <source>Ngày vào CLB:</source>
      <translation>Date joined:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="213" />
      <source>Vai trò:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="214" />
      <source>Tổ/nhóm:</source>
      <translation>Group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="220" />
      <source>Đồng ý xử lý dữ liệu cá nhân</source>
      <translation>Consent to personal data processing</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="222" />
      <source>Ghi ngày và hình thức người này đồng ý cho CLB lưu và dùng thông tin cá nhân (Luật Bảo vệ dữ liệu cá nhân).</source>
      <translation>Record when and how this person agreed to the club keeping and using their personal information (Personal Data Protection Law).</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="228" />
      <source>(chưa ghi nhận)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="233" />
      <source>Ngày đồng ý:</source>
      <translation>Consent date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="234" />
      <source>Hình thức:</source>
      <translation>Form of consent:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="378" />
      <source>số CCCD này đã có trong dữ liệu, của {name}</source>
      <translation>this ID card number is already recorded, for {name}</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="388" />
      <source>({age} tuổi)</source>
      <translation>(age {age})</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="85" />
      <source>đã là thành viên CLB này</source>
      <translation>already a member of this club</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="87" />
      <source>đang ở CLB {code}</source>
      <translation>currently in club {code}</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="89" />
      <source>hiện không sinh hoạt ở CLB nào</source>
      <translation>not currently in any club</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="92" />
      <source>cùng số CCCD</source>
      <translation>same ID card number</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="103" />
      <source>Có thể trùng người đã có</source>
      <translation>Possible duplicate</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="110" />
      <source>Người vừa nhập có thể trùng với:</source>
      <translation>The person you entered may be the same as:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="117" />
      <source>Vẫn thêm người mới</source>
      <translation>Add as a new person anyway</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="118" />
      <source>Là người này (chuyển sang CLB này nếu đã rời CLB cũ)</source>
      <translation>It is this person (move them to this club if they have left their old one)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="120" />
      <source>Quay lại</source>
      <translation>Go back</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="158" />
      <source>Người này đã là thành viên của CLB này: hãy sửa thông tin của họ thay vì thêm mới.</source>
      <translation>This person is already a member of this club: edit their details instead of adding them again.</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="161" />
      <source>Người này đang sinh hoạt ở CLB {code}: muốn chuyển sang CLB này, hãy cho họ ra khỏi CLB {code} trước.</source>
      <translation>This person is active in club {code}: to move them to this club, first record their leaving club {code}.</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_widgets.py" line="166" />
      <source>Số CCCD đã có trong dữ liệu nên không thể thêm người mới với số này.</source>
      <translation>This ID card number is already recorded, so no new person can be added with it.</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <location filename="../../ui/pages/members_page.py" line="58" />
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="65" />
      <source>Tìm theo tên, CCCD, điện thoại…</source>
      <translation>Search by name, ID card number, phone…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="67" />
      <source>Cả người đã ra khỏi CLB</source>
      <translation>Include people who have left</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="69" />
      <source>Cột</source>
      <translation>Columns</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="70" />
      <source>Chọn các cột hiện trong bảng</source>
      <translation>Choose the columns shown in the table</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="79" />
      <source>Thêm thành viên</source>
      <translation>Add member</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="80" />
      <source>Sửa</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="81" />
      <source>Ra khỏi CLB</source>
      <translation>Leave club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="82" />
      <source>Vào lại CLB</source>
      <translation>Rejoin club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="83" />
      <source>Tải mẫu Excel</source>
      <translation>Excel template</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="84" />
      <source>Nhập từ Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="85" />
      <source>Xuất Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="125" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="215" />
      <source>Toàn xã/phường</source>
      <translation>Whole commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="220" />
      <source>(đã giải thể)</source>
      <translation>(dissolved)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="256" />
      <source>Không tải được danh sách: {error}</source>
      <translation>Cannot load the list: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="285" />
      <source>Đang tải danh sách thành viên…</source>
      <translation>Loading the member list…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="287" />
      <source>Đang hiển thị {shown}/{total} thành viên</source>
      <translation>Showing {shown} of {total} members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="290" />
      <source>(kể cả người đã ra khỏi CLB)</source>
      <translation>(including people who have left)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="316" />
      <source>Chọn một CLB để thêm thành viên</source>
      <translation>Choose a club to add members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="319" />
      <source>Chọn một CLB để nhập danh sách</source>
      <translation>Choose a club to import a list</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="378" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="395" />
      <source>không có quyền ghi, hoặc tệp đang mở trong Excel</source>
      <translation>no permission to write, or the file is open in Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="396" />
      <source>Chưa lưu được tệp</source>
      <translation>File not saved</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="396" />
      <source>Không ghi được tệp:
{path}

Lý do: {reason}</source>
      <translation>Cannot write the file:
{path}

Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="403" />
      <source>Mẫu danh sách thành viên {code}.xlsx</source>
      <translation>Member list template {code}.xlsx</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="404" />
      <source>Lưu mẫu Excel</source>
      <translation>Save Excel template</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="409" />
      <source>Đã lưu mẫu Excel</source>
      <translation>Excel template saved</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="409" />
      <source>Đã lưu mẫu danh sách thành viên vào tệp:
{path}</source>
      <translation>The member list template has been saved to:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="416" />
      <source>toàn xã-phường</source>
      <translation>all clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="417" />
      <source>Xuất danh sách ra Excel</source>
      <translation>Export the list to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="418" />
      <source>Danh sách thành viên {code}.xlsx</source>
      <translation>Member list {code}.xlsx</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="424" />
      <source>Đã xuất Excel</source>
      <translation>Exported to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="424" />
      <source>Đã xuất {n} thành viên đang sinh hoạt ra tệp:
{path}</source>
      <translation>Exported {n} active member(s) to the file:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="436" />
      <source>Bản này chưa có chức năng nhập từ Excel.</source>
      <translation>This version cannot import from Excel yet.</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../ui/messages.py" line="20" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="21" />
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="22" />
      <source>Ngày/năm sinh</source>
      <translation>Date/year of birth</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="23" />
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="24" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="25" />
      <source>Dân tộc</source>
      <translation>Ethnic group</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="26" />
      <source>Số CCCD</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="27" />
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="28" />
      <source>Thôn/tổ dân phố</source>
      <translation>Village/residential group</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="30" />
      <source>Hoàn cảnh hộ</source>
      <translation>Household status</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="31" />
      <source>Năm xét hộ nghèo/cận nghèo</source>
      <translation>Year of poor/near-poor household assessment</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="32" />
      <source>Ngày đồng ý xử lý dữ liệu</source>
      <translation>Date of data processing consent</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="33" />
      <source>Hình thức đồng ý</source>
      <translation>Form of consent</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="34" />
      <source>Ngày vào CLB</source>
      <translation>Date joined</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="35" />
      <source>Ngày ra khỏi CLB</source>
      <translation>Date left</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="36" />
      <source>Lý do ra khỏi CLB</source>
      <translation>Reason for leaving</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="37" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="38" />
      <source>Tổ/nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="40" />
      <source>Câu lạc bộ</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="41" />
      <source>Thành viên</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="42" />
      <source>Người</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="43" />
      <source>Mã CLB</source>
      <translation>Club code</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="44" />
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="45" />
      <source>Xã/phường</source>
      <translation>Commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="46" />
      <source>Tên cơ quan</source>
      <translation>Office name</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="47" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="48" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="49" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="50" />
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="51" />
      <source>Ngày quyết định</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="52" />
      <source>Cơ quan ra quyết định</source>
      <translation>Issuing authority</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="53" />
      <source>Ngày ra mắt</source>
      <translation>Launch date</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="54" />
      <source>Ngày thông qua quy chế</source>
      <translation>Statute adoption date</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="55" />
      <source>Ban chủ nhiệm</source>
      <translation>Management board</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="56" />
      <source>Bắt đầu nhiệm kỳ</source>
      <translation>Term start</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="57" />
      <source>Kết thúc nhiệm kỳ</source>
      <translation>Term end</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="58" />
      <source>Số thành viên tối thiểu</source>
      <translation>Minimum number of members</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="59" />
      <source>Số thành viên tối đa</source>
      <translation>Maximum number of members</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="60" />
      <source>Tuổi được tính là người cao tuổi</source>
      <translation>Age from which a person counts as older</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="61" />
      <source>Tỷ lệ người cao tuổi tối thiểu</source>
      <translation>Minimum share of older people</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="62" />
      <source>Tỷ lệ nữ tối thiểu</source>
      <translation>Minimum share of women</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="63" />
      <source>Tỷ lệ nữ tối đa</source>
      <translation>Maximum share of women</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="64" />
      <source>Tỷ lệ nghèo, cận nghèo, khó khăn tối thiểu</source>
      <translation>Minimum share of poor, near-poor and in hardship</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="65" />
      <source>Tỷ lệ nghèo, cận nghèo, khó khăn tối đa</source>
      <translation>Maximum share of poor, near-poor and in hardship</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="66" />
      <source>Số tình nguyện viên chăm sóc tại nhà tối thiểu</source>
      <translation>Minimum number of home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="67" />
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="68" />
      <source>Tệp</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="69" />
      <source>Lề trên</source>
      <translation>Top margin</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="70" />
      <source>Lề dưới</source>
      <translation>Bottom margin</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="71" />
      <source>Lề trái</source>
      <translation>Left margin</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="72" />
      <source>Lề phải</source>
      <translation>Right margin</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="73" />
      <source>Cỡ chữ phần nội dung</source>
      <translation>Body text size</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="74" />
      <source>Tỉnh/thành phố</source>
      <translation>Province/city</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="75" />
      <source>Địa chỉ</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="76" />
      <source>Nơi ban hành văn bản</source>
      <translation>Issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="77" />
      <source>Ký hiệu viết tắt</source>
      <translation>Abbreviation</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="78" />
      <source>Cơ quan chủ quản</source>
      <translation>Parent body</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="79" />
      <source>Thẩm quyền ký</source>
      <translation>Signing authority</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="80" />
      <source>Chức vụ người ký</source>
      <translation>Signer's title</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="81" />
      <source>Họ tên người ký</source>
      <translation>Signer's name</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="82" />
      <source>Số CLB</source>
      <translation>Number of clubs</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="83" />
      <source>Cơ sở dữ liệu</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="84" />
      <source>Trích yếu</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="85" />
      <source>Mã loại văn bản</source>
      <translation>Document type code</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="86" />
      <source>Cơ quan ban hành</source>
      <translation>Issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="87" />
      <source>Văn bản</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="88" />
      <source>Quỹ</source>
      <translation>Fund</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="89" />
      <source>Số tiền</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="90" />
      <source>Khoản mục</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="91" />
      <source>Người nộp/nhận tiền</source>
      <translation>Payer/payee</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="92" />
      <source>Nội dung</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="93" />
      <source>Số chứng từ kèm theo</source>
      <translation>Attached documents</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="94" />
      <source>Phiếu</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="95" />
      <source>Kỳ khóa sổ</source>
      <translation>Closing period</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="96" />
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="97" />
      <source>Tháng</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="98" />
      <source>Số tiền kiểm đếm thực tế</source>
      <translation>Cash actually counted</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="102" />
      <source>chưa nhập</source>
      <translation>not entered</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="103" />
      <source>dài quá {max} ký tự</source>
      <translation>longer than {max} characters</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="104" />
      <source>không được có chữ số</source>
      <translation>must not contain digits</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="105" />
      <source>giá trị không hợp lệ: «{value}»</source>
      <translation>invalid value: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="106" />
      <source>không có trong danh mục: «{value}»</source>
      <translation>not in the list: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="107" />
      <source>năm sinh phải từ {low} đến {high}</source>
      <translation>year of birth must be from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="108" />
      <source>không được sau ngày hôm nay</source>
      <translation>must not be later than today</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="109" />
      <source>năm sinh không khớp với ngày sinh</source>
      <translation>year of birth does not match the date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="110" />
      <source>phải đủ 12 chữ số: «{value}»</source>
      <translation>must have exactly 12 digits: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="111" />
      <source>chỉ được gồm chữ số: «{value}»</source>
      <translation>digits only: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="112" />
      <source>3 số đầu không phải mã tỉnh nơi đăng ký khai sinh: «{value}»</source>
      <translation>the first 3 digits are not the code of a province of birth registration: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="113" />
      <source>đã có: «{value}»</source>
      <translation>already exists: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="114" />
      <source>không đúng dạng số điện thoại: «{value}»</source>
      <translation>not a valid phone number: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="115" />
      <source>không thuộc xã/phường của CLB</source>
      <translation>not in the club's commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="116" />
      <source>phải từ {low} đến {high}</source>
      <translation>must be from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="117" />
      <source>trước năm sinh</source>
      <translation>before the year of birth</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="118" />
      <source>không thuộc CLB này</source>
      <translation>not part of this club</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="119" />
      <source>CLB {code} đã giải thể</source>
      <translation>club {code} has been dissolved</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="120" />
      <source>người này đang sinh hoạt ở CLB {code}</source>
      <translation>this person is active in club {code}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="121" />
      <source>đã ra khỏi CLB ngày {date}</source>
      <translation>left the club on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="122" />
      <source>trước ngày vào CLB ({joined})</source>
      <translation>before the date of joining ({joined})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="123" />
      <source>người này đã mất</source>
      <translation>this person has died</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="124" />
      <source>trước ngày ra khỏi CLB lần trước ({left})</source>
      <translation>before the date they last left ({left})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="125" />
      <source>chỉ gồm chữ in hoa không dấu, chữ số, dấu - _ . (tối đa 30 ký tự): «{value}»</source>
      <translation>only capital letters without diacritics, digits and - _ . (at most 30 characters): “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="126" />
      <source>chỉ CLB đang dự kiến mới làm thủ tục thành lập</source>
      <translation>only a planned club can be established</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="127" />
      <source>trước ngày quyết định</source>
      <translation>before the decision date</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="128" />
      <source>trước ngày bắt đầu</source>
      <translation>before the start date</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="129" />
      <source>không phải thành viên đang sinh hoạt của CLB</source>
      <translation>not an active member of the club</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="130" />
      <source>chỉ có một chủ nhiệm</source>
      <translation>there can be only one chair</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="131" />
      <source>không chuyển được từ «{current}» sang «{target}»</source>
      <translation>cannot change from “{current}” to “{target}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="132" />
      <source>dùng chức năng Thành lập CLB</source>
      <translation>use “Establish club” instead</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="133" />
      <source>trước ngày của trạng thái hiện tại ({since})</source>
      <translation>before the date of the current status ({since})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="134" />
      <source>CLB còn {count} thành viên đang sinh hoạt</source>
      <translation>the club still has active members ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="135" />
      <source>không thuộc tỉnh/thành phố đã chọn</source>
      <translation>not in the chosen province/city</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="136" />
      <source>phải là số nguyên không âm</source>
      <translation>must be a whole number, 0 or more</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="137" />
      <source>nhỏ hơn mức tối thiểu ({min})</source>
      <translation>less than the minimum ({min})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="138" />
      <source>không được quá 100%</source>
      <translation>must not exceed 100%</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="139" />
      <source>không đúng ngày dd/mm/yyyy: «{value}»</source>
      <translation>not a date in dd/mm/yyyy form: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="140" />
      <source>không phải số: «{value}»</source>
      <translation>not a number: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="141" />
      <source>chỉ nhận «x», «có» hoặc để trống: «{value}»</source>
      <translation>only “x”, “có” or empty: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="142" />
      <source>trùng với dòng {other} trong tệp: «{value}»</source>
      <translation>same as row {other} in the file: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="143" />
      <source>có thể trùng với {name} ({year}) đã có</source>
      <translation>may be the same person as {name} ({year}), already recorded</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="144" />
      <source>không phải tệp theo mẫu của chương trình (thiếu cột «{value}»)</source>
      <translation>not a file made from the program's template (column “{value}” missing)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="145" />
      <source>không đọc được tệp: {value}</source>
      <translation>cannot read the file: {value}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="146" />
      <source>tệp không có dòng dữ liệu nào</source>
      <translation>the file has no data rows</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="147" />
      <source>không tìm thấy tệp sao lưu {path}</source>
      <translation>backup file {path} not found</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="148" />
      <source>{path} không phải tệp dữ liệu</source>
      <translation>{path} is not a database file</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="149" />
      <source>tệp sao lưu {path} bị hỏng ({detail})</source>
      <translation>backup file {path} is damaged ({detail})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="150" />
      <source>{path} không phải dữ liệu của ISHC Desk</source>
      <translation>{path} is not ISHC Desk data</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="151" />
      <source>tệp do phiên bản mới hơn tạo ra (dữ liệu phiên bản {found}, chương trình đọc được đến {supported})</source>
      <translation>the file was made by a newer version (data version {found}; this program reads up to {supported})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="154" />
      <source>dữ liệu trên máy chủ PostgreSQL do quản trị máy chủ sao lưu (pg_dump)</source>
      <translation>data on a PostgreSQL server is backed up by the server administrator (pg_dump)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="156" />
      <source>«{value}» đã ban hành {count} văn bản nên không xóa được (có thể sửa tên, người ký)</source>
      <translation>“{value}” has issued {count} documents and cannot be removed (its name and signer can be changed)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="159" />
      <source>tệp Excel đời cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx: «{value}»</source>
      <translation>old Excel format (.xls): open it in Excel and save it as .xlsx: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="160" />
      <source>dòng này của CLB «{value}», không phải CLB {code} đang nhập</source>
      <translation>this row belongs to club “{value}”, not to club {code} being imported</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="161" />
      <source>có thể trùng với dòng {other} trong tệp ({name}, {year})</source>
      <translation>may be the same person as row {other} in the file ({name}, {year})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="162" />
      <source>chỉ gồm chữ và số viết liền, không có dấu cách hay dấu /: «{value}»</source>
      <translation>letters and digits only, with no spaces or “/”: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="163" />
      <source>trùng với dòng {other}: «{value}»</source>
      <translation>same as row {other}: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="164" />
      <source>đã có {count} CLB; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu chưa có CLB nào</source>
      <translation>there are already clubs ({count}); sample data can only be created in a database with no clubs</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="165" />
      <source>số tiền phải lớn hơn 0</source>
      <translation>the amount must be greater than 0</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="166" />
      <source>phải là số tiền nguyên đồng, chỉ gồm chữ số: «{value}»</source>
      <translation>must be a whole number of đồng, digits only: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="167" />
      <source>quỹ không đủ: số dư ngày {date} chỉ còn {balance} đồng</source>
      <translation>not enough in the fund: the balance on {date} is only {balance} đồng</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="168" />
      <source>tháng {month}/{year} đã khóa sổ</source>
      <translation>the books for {month}/{year} are closed</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="169" />
      <source>năm {year} đã khóa sổ</source>
      <translation>the books for {year} are closed</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="170" />
      <source>kỳ này đã khóa sổ rồi</source>
      <translation>this period is already closed</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="171" />
      <source>kỳ này chưa kết thúc (hết ngày {date}), chưa khóa sổ được</source>
      <translation>this period has not ended yet (it ends on {date}), so it cannot be closed</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="172" />
      <source>trước ngày lập quỹ ({date})</source>
      <translation>before the fund was set up ({date})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="173" />
      <source>quỹ đã đóng từ ngày {date}</source>
      <translation>the fund was closed on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="174" />
      <source>khoản mục không phù hợp với loại phiếu (thu/chi)</source>
      <translation>the category does not match the voucher type (receipt/payment)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="175" />
      <source>chỉ chọn một: thành viên của CLB hoặc người/đơn vị ngoài CLB</source>
      <translation>choose only one: a club member or a person/organisation outside the club</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="176" />
      <source>đây là phiếu điều chỉnh (bút toán đảo), không đảo lại được</source>
      <translation>this is a correcting voucher (reversing entry) and cannot itself be reversed</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="177" />
      <source>phiếu này đã được đảo bằng phiếu số {number} ngày {date}</source>
      <translation>this voucher has already been reversed by voucher No. {number} of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="178" />
      <source>trước ngày của phiếu gốc ({date})</source>
      <translation>before the date of the original voucher ({date})</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="179" />
      <source>số tiền quá lớn (tối đa {amount} đồng)</source>
      <translation>amount too large (at most {amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="184" />
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="185" />
      <source>Nam</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="188" />
      <source>Hộ nghèo</source>
      <translation>Poor household</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="189" />
      <source>Hộ cận nghèo</source>
      <translation>Near-poor household</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="190" />
      <source>Hoàn cảnh khó khăn</source>
      <translation>In hardship</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="191" />
      <source>Không</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="194" />
      <source>Qua đời</source>
      <translation>Died</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="195" />
      <source>Chuyển đi nơi khác</source>
      <translation>Moved away</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="196" />
      <source>Xin ra khỏi CLB</source>
      <translation>Left at own request</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="197" />
      <source>Lý do khác</source>
      <translation>Other reason</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="200" />
      <source>Ký giấy đồng ý</source>
      <translation>Signed consent form</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="201" />
      <source>Đồng ý bằng lời, có người làm chứng</source>
      <translation>Verbal consent, witnessed</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="202" />
      <source>Đồng ý điện tử</source>
      <translation>Electronic consent</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="206" />
      <source>Tổ trưởng</source>
      <translation>Group leader</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="207" />
      <source>Tổ phó</source>
      <translation>Deputy group leader</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="210" />
      <source>Chủ nhiệm</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="211" />
      <source>Phó Chủ nhiệm</source>
      <translation>Vice-chair</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="212" />
      <source>Thư ký</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="213" />
      <source>Kế toán</source>
      <translation>Accountant</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="214" />
      <source>Thủ quỹ</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="215" />
      <source>Trưởng nhóm</source>
      <translation>Team leader</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="216" />
      <source>Ủy viên</source>
      <translation>Board member</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="219" />
      <source>Dự kiến</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="220" />
      <source>Đã thành lập</source>
      <translation>Established</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="221" />
      <source>Đang hoạt động</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="222" />
      <source>Tạm dừng</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="223" />
      <source>Đã giải thể</source>
      <translation>Dissolved</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="226" />
      <source>Số thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="227" />
      <source>Người cao tuổi</source>
      <translation>Older people</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="229" />
      <source>Nghèo, cận nghèo, khó khăn</source>
      <translation>Poor/hardship</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="230" />
      <source>TNV chăm sóc tại nhà</source>
      <translation>Home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="233" />
      <source>Thôn</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="234" />
      <source>Bản</source>
      <translation>Village (bản)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="235" />
      <source>Tổ dân phố</source>
      <translation>Residential group</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="236" />
      <source>Khu phố</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="237" />
      <source>Ấp</source>
      <translation>Hamlet (ấp)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="238" />
      <source>Xóm</source>
      <translation>Hamlet (xóm)</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="239" />
      <source>Khu</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="242" />
      <source>Quỹ quay vòng tạo thu nhập</source>
      <translation>Income-generation revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="243" />
      <source>Quỹ hoạt động</source>
      <translation>Activity fund</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="244" />
      <source>Quỹ chăm sóc tại nhà</source>
      <translation>Home-care fund</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="245" />
      <source>Sổ Tấm lòng vàng</source>
      <translation>Golden Heart donation book</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="246" />
      <source>Quỹ khác</source>
      <translation>Other fund</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="249" />
      <source>Phiếu thu</source>
      <translation>Receipt voucher</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="250" />
      <source>Phiếu chi</source>
      <translation>Payment voucher</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="253" />
      <source>Thành viên đóng góp</source>
      <translation>Member contributions</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="254" />
      <source>Ủng hộ, tài trợ</source>
      <translation>Donations and sponsorship</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="255" />
      <source>Ngân sách tỉnh hỗ trợ</source>
      <translation>Provincial budget support</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="256" />
      <source>Ngân sách xã/phường hỗ trợ</source>
      <translation>Commune/ward budget support</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="257" />
      <source>Hỗ trợ khác</source>
      <translation>Other support</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="258" />
      <source>Thu hồi vốn vay</source>
      <translation>Loan repayments</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="259" />
      <source>Thu lãi vay</source>
      <translation>Loan interest</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="260" />
      <source>Cho vay</source>
      <translation>Loans made</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="261" />
      <source>Chi hoạt động</source>
      <translation>Activity spending</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="262" />
      <source>Chi chăm sóc tại nhà</source>
      <translation>Home-care spending</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="263" />
      <source>Chi hỗ trợ thành viên</source>
      <translation>Support payments to members</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="264" />
      <source>Khác</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="284" />
      <source>{name}, dòng {n}</source>
      <translation>{name}, row {n}</translation>
    </message>
    <message>
      <location filename="../../ui/messages.py" line="317" />
      <source>Dòng {row}, cột «{column}»: {reason}</source>
      <translation>Row {row}, column “{column}”: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../../ui/pages/__init__.py" line="35" />
      <source>Câu lạc bộ</source>
      <translation>Clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="37" />
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="39" />
      <source>Văn bản</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="41" />
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
  </context>
  <context>
    <name>NewDocument</name>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="45" />
      <source>Quyết định thành lập CLB</source>
      <translation>Club founding decision</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="46" />
      <source>Giấy chứng nhận thành lập CLB</source>
      <translation>Club founding certificate</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="47" />
      <source>Biên bản lễ ra mắt CLB</source>
      <translation>Minutes of the club launch ceremony</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="48" />
      <source>Quy chế hoạt động CLB</source>
      <translation>Club statute</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="49" />
      <source>Danh sách thành viên CLB</source>
      <translation>Club member list</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="61" />
      <source>Trích yếu</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="62" />
      <source>Căn cứ (mỗi dòng một căn cứ)</source>
      <translation>Legal bases (one per line)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="63" />
      <source>Theo đề nghị của</source>
      <translation>At the proposal of</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="64" />
      <source>Nơi nhận (mỗi dòng một nơi)</source>
      <translation>Recipients (one per line)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="65" />
      <source>Tiêu đề</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="66" />
      <source>Dòng dưới tiêu đề</source>
      <translation>Line below the title</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="67" />
      <source>Đại biểu (mỗi dòng một thành phần)</source>
      <translation>Delegates (one group per line)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="68" />
      <source>Dòng ghi chú dưới tên văn bản</source>
      <translation>Note line below the document name</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="87" />
      <source>Tạo văn bản</source>
      <translation>New document</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="110" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="111" />
      <source>Văn bản:</source>
      <translation>Document:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="112" />
      <source>Ngày văn bản:</source>
      <translation>Document date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="121" />
      <source>Các chỗ trong ngoặc nhọn như {ward}, {club_name} được chương trình tự điền (tên xã/phường, tên CLB…). Sửa ở đây chỉ áp dụng cho văn bản này, trừ khi bấm «Lưu làm mẫu của cơ quan».</source>
      <translation>Fields in curly brackets such as {ward} and {club_name} are filled in by the program (commune/ward name, club name…). Changes here apply to this document only, unless you click “Save as office template”.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="127" />
      <source>Lưu làm mẫu của cơ quan</source>
      <translation>Save as office template</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="128" />
      <source>Xem bản nháp</source>
      <translation>Preview draft</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="129" />
      <source>Ban hành…</source>
      <translation>Issue…</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="130" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="140" />
      <source>&lt;b&gt;Cách viết của văn bản&lt;/b&gt;</source>
      <translation>&lt;b&gt;Wording of the document&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="181" />
      <source>Văn bản này không có phần lời cần sửa.</source>
      <translation>This document has no wording to edit.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="186" />
      <source>Tạo và xem</source>
      <translation>Create and view</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="195" />
      <source>Chưa có CLB nào: hãy thêm CLB ở trang Câu lạc bộ.</source>
      <translation>There are no clubs yet: add one on the Clubs page.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="198" />
      <source>Văn bản không đánh số, không ghi vào sổ văn bản.</source>
      <translation>This document is not numbered and is not entered in the document register.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="203" />
      <source>CLB này đã có văn bản số {number} ngày {date}. Ban hành nữa sẽ là một văn bản mới, số mới.</source>
      <translation>This club already has document No. {number} of {date}. Issuing again creates a new document with a new number.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="208" />
      <source>Chưa ban hành văn bản này cho CLB; bấm «Ban hành…» để cấp số.</source>
      <translation>This document has not been issued for the club yet; click “Issue…” to give it a number.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="248" />
      <source>{paper} — bản nháp</source>
      <translation>{paper} — draft</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="264" />
      <source>Chưa ban hành được</source>
      <translation>Not issued</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="270" />
      <source>Ban hành văn bản</source>
      <translation>Issue document</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="271" />
      <source>Văn bản sẽ mang số {number}. Văn bản đã ban hành thì không sửa được; muốn thay đổi phải ban hành văn bản mới. Ban hành?</source>
      <translation>The document will be numbered {number}. An issued document cannot be edited; to change it, a new document must be issued. Issue it?</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="275" />
      <source>{paper} số {number}</source>
      <translation>{paper} No. {number}</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="298" />
      <source>Đã lưu cách viết làm mẫu của cơ quan.</source>
      <translation>The wording has been saved as the office template.</translation>
    </message>
  </context>
  <context>
    <name>OfficeSetup</name>
    <message>
      <location filename="../../dialogs/office_setup.py" line="158" />
      <source>Gõ tên tỉnh/thành phố, VD: thai nguyen</source>
      <translation>Type the province/city name, e.g. thai nguyen</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="160" />
      <source>Gõ tên xã/phường, VD: duc xuan</source>
      <translation>Type the commune/ward name, e.g. duc xuan</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="168" />
      <source>VD: 0209 3870 123</source>
      <translation>e.g. 0209 3870 123</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="175" />
      <source>Tỉnh/thành phố:</source>
      <translation>Province/city:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="177" />
      <source>Xã/phường/đặc khu:</source>
      <translation>Commune/ward/special zone:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="179" />
      <source>Danh mục đơn vị hành chính từ 01/7/2025.</source>
      <translation>Administrative units in force from 01/07/2025.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="180" />
      <source>Tên cơ quan:</source>
      <translation>Office name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="181" />
      <source>Địa chỉ:</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="182" />
      <source>Điện thoại:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="250" />
      <source>VD: UBND</source>
      <translation>e.g. UBND</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="253" />
      <source>để trống nếu không có</source>
      <translation>leave empty if none</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="260" />
      <source>Viết « / » ở chỗ xuống dòng khi in, VD: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH</source>
      <translation>Type “ / ” where the printed line should break, e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="265" />
      <source>VD: Hoàng Văn Thụ</source>
      <translation>e.g. Hoàng Văn Thụ</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="272" />
      <source>Ký hiệu viết tắt:</source>
      <translation>Abbreviation:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="274" />
      <source>Dùng trong số văn bản, VD: 05/QĐ-UBND</source>
      <translation>Used in document numbers, e.g. 05/QĐ-UBND</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="275" />
      <source>Tên cơ quan ban hành:</source>
      <translation>Issuing body name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="276" />
      <source>Cơ quan chủ quản:</source>
      <translation>Parent body:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="278" />
      <source>Thẩm quyền ký:</source>
      <translation>Signing authority:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="280" />
      <source>Chức vụ người ký:</source>
      <translation>Signer's title:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="282" />
      <source>Họ tên người ký:</source>
      <translation>Signer's name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="334" />
      <source>Khai báo cơ quan sử dụng chương trình</source>
      <translation>Set up the office using the program</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="336" />
      <source>Chào mừng đến với ISHC Desk. Hãy khai báo cơ quan dùng chương trình và nơi ban hành văn bản. Mọi thông tin đều sửa lại được trong mục Cài đặt.</source>
      <translation>Welcome to ISHC Desk. Please enter the office that uses the program and the bodies that issue its documents. Everything can be changed later under Settings.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="342" />
      <source>Cơ quan</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="350" />
      <source>Mỗi dòng một tên, VD:
Tổ 1
Tổ 2
Thôn Nà Cưởm</source>
      <translation>One name per line, e.g.:
Tổ 1
Tổ 2
Thôn Nà Cưởm</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="353" />
      <source>Thôn/tổ dân phố (có thể thêm sau)</source>
      <translation>Villages/residential groups (can be added later)</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="355" />
      <source>Loại mặc định:</source>
      <translation>Default type:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="357" />
      <source>Dòng bắt đầu bằng «Thôn», «Bản», «Tổ dân phố»… lấy loại đó.</source>
      <translation>A line starting with “Thôn”, “Bản”, “Tổ dân phố”… takes that type.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="360" />
      <source>Ủy ban nhân dân</source>
      <translation>People's Committee</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="361" />
      <source>Hội Người cao tuổi</source>
      <translation>Elderly Association</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="362" />
      <source>Nơi ban hành văn bản</source>
      <translation>Issuing bodies</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="370" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="371" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="77" />
      <source>Đang tạo văn bản…</source>
      <translation>Creating the document…</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="105" />
      <source>Trang trước</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="107" />
      <source>Trang sau</source>
      <translation>Next page</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="111" />
      <source>Vừa khổ rộng</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="112" />
      <source>Cả trang</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="117" />
      <source>Thu nhỏ</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="118" />
      <source>Phóng to</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="119" />
      <source>In…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="120" />
      <source>Lưu PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="121" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="186" />
      <source>Tệp PDF không đọc được.</source>
      <translation>The PDF file cannot be read.</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="195" />
      <source>Chưa tạo được văn bản vì:</source>
      <translation>The document could not be created because:</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="197" />
      <source>Bản lưu của văn bản này không còn khớp mã kiểm tra SHA-256: cơ sở dữ liệu đã bị sửa ngoài chương trình hoặc bị hỏng. Hãy khôi phục từ bản sao lưu.</source>
      <translation>The stored copy of this document no longer matches its SHA-256 checksum: the database was changed outside the program or is damaged. Restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="201" />
      <source>Không tìm thấy văn bản hoặc dữ liệu cần để tạo văn bản.</source>
      <translation>The document, or the data needed to create it, was not found.</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="203" />
      <source>Không tạo được văn bản: {error}</source>
      <translation>Cannot create the document: {error}</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="233" />
      <source>Trang {page}/{count}</source>
      <translation>Page {page}/{count}</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="246" />
      <source>Lưu văn bản PDF</source>
      <translation>Save the document as PDF</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="247" />
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="254" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="255" />
      <source>Không ghi được tệp {path}: {error}</source>
      <translation>Cannot write the file {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="274" />
      <source>In văn bản</source>
      <translation>Print the document</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="286" />
      <source>Đang in…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="286" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="291" />
      <source>Chưa in được</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <location filename="../../dialogs/pdf_preview.py" line="291" />
      <source>Không mở được máy in.</source>
      <translation>Cannot open the printer.</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <location filename="../../ui/register_model.py" line="40" />
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="41" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="42" />
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="43" />
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="44" />
      <source>Tuổi</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="45" />
      <source>Dân tộc</source>
      <translation>Ethnic group</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="46" />
      <source>Số CCCD</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="47" />
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="48" />
      <source>Thôn/tổ</source>
      <translation>Village/group</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="49" />
      <source>Hoàn cảnh hộ</source>
      <translation>Household status</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="50" />
      <source>Khuyết tật</source>
      <translation>Disability</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="51" />
      <source>Gia đình chính sách</source>
      <translation>Policy family</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="52" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="53" />
      <source>Tổ/nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="54" />
      <source>TNV chăm sóc</source>
      <translation>Home-care volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="55" />
      <source>TNV kinh tế</source>
      <translation>Economic volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="56" />
      <source>Ngày vào</source>
      <translation>Joined</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="57" />
      <source>Ngày ra</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="58" />
      <source>Lý do ra</source>
      <translation>Reason for leaving</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="59" />
      <source>Đồng ý xử lý dữ liệu</source>
      <translation>Data consent</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="60" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="119" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="146" />
      <source>Chưa</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="317" />
      <source>Đã ra khỏi CLB ngày {date}: {reason}</source>
      <translation>Left the club on {date}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>RejoinDialog</name>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="44" />
      <source>Vào lại CLB</source>
      <translation>Rejoin club</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="58" />
      <source>{name} (sinh năm {year})</source>
      <translation>{name} (born {year})</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="61" />
      <source>Người:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="63" />
      <source>Đã ra khỏi CLB {code} ngày {date} ({reason})</source>
      <translation>Left club {code} on {date} ({reason})</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="67" />
      <source>Lần trước:</source>
      <translation>Last time:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="68" />
      <source>Vào CLB:</source>
      <translation>Join club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="70" />
      <source>Ngày vào lại:</source>
      <translation>Date of rejoining:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="75" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="68" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="81" />
      <source>Đổi xã/phường</source>
      <translation>Change commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="81" />
      <source>Đổi xã/phường của cơ quan? CLB, thành viên và thôn/tổ dân phố đã nhập vẫn thuộc xã/phường cũ.</source>
      <translation>Change the office's commune/ward? Clubs, members and villages/residential groups already entered stay with the old commune/ward.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="93" />
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="113" />
      <source>Cơ quan đứng tên trên văn bản: tên in ở góc trái, thẩm quyền và chức vụ người ký in ở khối chữ ký. Chữ in hoa được tự chuyển.</source>
      <translation>Bodies named on documents: the name is printed at the top left, the signing authority and signer's title in the signature block. Capital letters are applied automatically.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="116" />
      <source>Thêm nơi ban hành</source>
      <translation>Add issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="144" />
      <source>Nơi ban hành mới</source>
      <translation>New issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="146" />
      <source>Bỏ nơi ban hành này</source>
      <translation>Remove this issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="162" />
      <source>Bỏ nơi ban hành</source>
      <translation>Remove issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="162" />
      <source>Bỏ «{name}» khỏi danh sách? Thay đổi có hiệu lực khi bấm Lưu.</source>
      <translation>Remove “{name}” from the list? The change takes effect when you click Save.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="218" />
      <source>Số thành viên của một CLB:</source>
      <translation>Members per club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="219" />
      <source>Luật Người cao tuổi tính từ đủ 60 tuổi; CLB thường tính từ 55 tuổi.</source>
      <translation>The Law on the Elderly counts from age 60; clubs often count from 55.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="220" />
      <source>Tuổi tính là người cao tuổi:</source>
      <translation>Older people from age:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="221" />
      <source>tuổi trở lên</source>
      <translation>and over</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="223" />
      <source>Tỷ lệ người cao tuổi tối thiểu:</source>
      <translation>Minimum share of older people:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="226" />
      <source>Tỷ lệ nữ:</source>
      <translation>Share of women:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="227" />
      <source>Tỷ lệ hộ nghèo, cận nghèo, khó khăn:</source>
      <translation>Share of poor, near-poor and hardship households:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="229" />
      <source>Tình nguyện viên chăm sóc tại nhà, tối thiểu:</source>
      <translation>Home-care volunteers, at least:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="230" />
      <source>người</source>
      <translation>people</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="232" />
      <source>Mức chuẩn dùng để đánh giá thành phần CLB trên mọi trang và báo cáo. Mặc định theo hướng dẫn mô hình CLB Liên thế hệ tự giúp nhau.</source>
      <translation>The standards used to assess club composition on every page and report. The defaults follow the guidance for the Intergenerational Self-Help Club model.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="236" />
      <source>Về mức mặc định</source>
      <translation>Restore defaults</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="261" />
      <source>từ</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="263" />
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="308" />
      <source>Áp dụng</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="309" />
      <source>Cửa sổ mở sau sẽ dùng ngôn ngữ mới; một số chữ chỉ đổi sau khi khởi động lại chương trình. Văn bản in luôn bằng tiếng Việt.</source>
      <translation>Windows opened from now on use the new language; some text changes only after the program is restarted. Printed documents are always in Vietnamese.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="314" />
      <source>Ngôn ngữ giao diện:</source>
      <translation>Interface language:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="334" />
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="342" />
      <source>Cơ quan</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="343" />
      <source>Nơi ban hành văn bản</source>
      <translation>Issuing bodies</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="344" />
      <source>Thôn/tổ dân phố</source>
      <translation>Villages/residential groups</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="345" />
      <source>Chuẩn thành phần CLB</source>
      <translation>Club composition standards</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="346" />
      <source>Trình bày văn bản</source>
      <translation>Document layout</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="347" />
      <source>Giao diện</source>
      <translation>Interface</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="53" />
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="54" />
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="55" />
      <source>Có từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="56" />
      <source>Thôi từ ngày</source>
      <translation>Until</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="96" />
      <source>Thôi sử dụng thôn/tổ dân phố</source>
      <translation>Retire a village/residential group</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="99" />
      <source>«{name}» không còn từ ngày (sáp nhập, đổi tên…). Hồ sơ cũ vẫn giữ tên này.</source>
      <translation>“{name}” no longer exists from the date below (merger, renaming…). Old records keep this name.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="110" />
      <source>Thôi từ ngày:</source>
      <translation>No longer in use from:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="118" />
      <source>Nhập ngày dạng dd/mm/yyyy, VD: 01/07/2025</source>
      <translation>Enter the date as dd/mm/yyyy, e.g. 01/07/2025</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="135" />
      <source>Hiện cả thôn/tổ đã thôi sử dụng</source>
      <translation>Also show retired villages/groups</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="136" />
      <source>Thôi sử dụng…</source>
      <translation>Retire…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="138" />
      <source>Tên, VD: Tổ 5 hoặc Nà Cưởm</source>
      <translation>Name, e.g. Tổ 5 or Nà Cưởm</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="142" />
      <source>Thêm</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="147" />
      <source>Thêm:</source>
      <translation>Add:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="171" />
      <source>Thôn/tổ dân phố của {ward}</source>
      <translation>Villages/residential groups of {ward}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="172" />
      <source>Chưa khai báo xã/phường của cơ quan.</source>
      <translation>The office's commune/ward has not been set.</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="41" />
      <source>Đổi trạng thái CLB</source>
      <translation>Change club status</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="46" />
      <source>{status} (từ ngày {date})</source>
      <translation>{status} (since {date})</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="60" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="61" />
      <source>Trạng thái hiện nay:</source>
      <translation>Current status:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="62" />
      <source>Chuyển sang:</source>
      <translation>Change to:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="64" />
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="72" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="73" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="91" />
      <source>Lý do (bắt buộc):</source>
      <translation>Reason (required):</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="93" />
      <source>Lý do, ghi chú:</source>
      <translation>Reason, notes:</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../ui/widgets.py" line="30" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="69" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="70" />
      <source>Chưa lưu được vì:</source>
      <translation>Could not save because:</translation>
    </message>
  </context>
</TS>
