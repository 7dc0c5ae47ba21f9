<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
  <context>
    <name>AbsenteesModel</name>
    <message>
      <location filename="../../ui/meetings_model.py" line="76" />
      <source>đã rời CLB ngày {date}</source>
      <translation>left the club on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="78" />
      <source>Nhấp đúp hoặc nhấn Enter để mở hồ sơ thành viên</source>
      <translation>Double-click or press Enter to open the member's record</translation>
    </message>
  </context>
  <context>
    <name>ActivitiesPage</name>
    <message>
      <location filename="../../ui/activity_models.py" line="51" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="52" />
      <source>Lĩnh vực</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="53" />
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="54" />
      <source>Tên hoạt động</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="55" />
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="56" />
      <source>Người khác</source>
      <translation>Others</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="67" />
      <source>Chỉ tiêu</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="68" />
      <source>Số</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="76" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="77" />
      <source>Huyết áp</source>
      <translation>Blood pressure</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="78" />
      <source>Cân nặng (kg)</source>
      <translation>Weight (kg)</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="79" />
      <source>Đường huyết (mmol/L)</source>
      <translation>Blood sugar (mmol/L)</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="80" />
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="92" />
      <source>Tình nguyện viên</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="93" />
      <source>Người cao tuổi</source>
      <translation>Older person</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="94" />
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="95" />
      <source>Đến ngày</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="104" />
      <source>Người được hỗ trợ</source>
      <translation>Person helped</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="105" />
      <source>Nội dung hỗ trợ</source>
      <translation>Help given</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="106" />
      <source>Giá trị (đồng)</source>
      <translation>Value (VND)</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="115" />
      <source>Người được giúp</source>
      <translation>Person helped</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="116" />
      <source>Chế độ</source>
      <translation>Entitlement</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="117" />
      <source>Kết quả</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="67" />
      <source>Thành viên được khám sức khỏe</source>
      <translation>Members with a health check</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="68" />
      <source>Người cao tuổi được chăm sóc tại nhà</source>
      <translation>Older people cared for at home</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="69" />
      <source>Lượt thăm tại nhà</source>
      <translation>Home visits</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="70" />
      <source>Người được giúp hưởng chế độ</source>
      <translation>People helped to claim an entitlement</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="71" />
      <source>  trong đó đã được hưởng</source>
      <translation>  of whom granted</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="72" />
      <source>Trường hợp được hỗ trợ</source>
      <translation>Self-help cases</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="73" />
      <source>Giá trị hỗ trợ (đồng)</source>
      <translation>Value of help (VND)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="85" />
      <source>Hoạt động</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="100" />
      <source>Khám sức khỏe</source>
      <translation>Health checks</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="101" />
      <source>Chăm sóc tại nhà</source>
      <translation>Home care</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="101" />
      <source>Hỗ trợ</source>
      <translation>Self-help</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="102" />
      <source>Hưởng chế độ</source>
      <translation>Entitlements</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="120" />
      <source>Ghi hoạt động…</source>
      <translation>Record activity…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="121" />
      <source>Ghi khám sức khỏe…</source>
      <translation>Record health check…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="122" />
      <source>Ghép cặp chăm sóc…</source>
      <translation>Pair for home care…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="123" />
      <source>Ghi lần thăm…</source>
      <translation>Record visit…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="124" />
      <source>Ghi hỗ trợ…</source>
      <translation>Record help…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="125" />
      <source>Ghi hỗ trợ hưởng chế độ…</source>
      <translation>Record entitlement claim…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="145" />
      <source>Hoạt động của câu lạc bộ</source>
      <translation>Club activities</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="147" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="149" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="163" />
      <source>Số liệu trong năm:</source>
      <translation>Figures of the year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="165" />
      <source>Số hoạt động theo lĩnh vực:</source>
      <translation>Activities per area:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="179" />
      <source>Tất cả CLB</source>
      <translation>All clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="204" />
      <source>Chọn một CLB để xem và ghi danh sách hoạt động.</source>
      <translation>Choose a club to see and record its activities.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="211" />
      <source>Các chỉ số sức khỏe được ẩn với vai trò của bạn.</source>
      <translation>Health values are hidden for your role.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/activities_page.py" line="224" />
      <source>Số hoạt động</source>
      <translation>Activities</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="41" />
      <source>Ghi hoạt động</source>
      <translation>Record activity</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="44" />
      <source>— Chọn lĩnh vực —</source>
      <translation>— Choose an area —</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="53" />
      <source>VD: Đo huyết áp cho thành viên</source>
      <translation>e.g. Blood pressure checks for members</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="69" />
      <source>Lĩnh vực:</source>
      <translation>Area:</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="70" />
      <source>Loại hoạt động:</source>
      <translation>Kind of activity:</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="71" />
      <source>Ngày:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="72" />
      <source>Tên hoạt động:</source>
      <translation>Activity:</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="73" />
      <source>Thành viên tham gia:</source>
      <translation>Members taking part:</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="74" />
      <source>Đánh dấu những người đã tham gia</source>
      <translation>Tick those who took part</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="76" />
      <source>Người ngoài CLB:</source>
      <translation>People from outside the club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/activity_dialog.py" line="78" />
      <source>Ghi chú:</source>
      <translation>Note:</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../ui/app.py" line="82" />
      <source>Phiên bản cũ</source>
      <translation>Outdated version</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="82" />
      <source>Dữ liệu này do phiên bản ISHC Desk mới hơn tạo ra (phiên bản dữ liệu {found}). Hãy cài phiên bản mới của chương trình.</source>
      <translation>This data was created by a newer version of ISHC Desk (data version {found}). Please install the new version of the program.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="97" />
      <source>Không mở được dữ liệu</source>
      <translation>Cannot open the data</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="97" />
      <source>Không kết nối được cơ sở dữ liệu:
{error}</source>
      <translation>Cannot connect to the database:
{error}</translation>
    </message>
  </context>
  <context>
    <name>Argparse</name>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="22" />
      <source>cách dùng: </source>
      <translation>usage: </translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="23" />
      <source>tham số theo vị trí</source>
      <translation>positional arguments</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="24" />
      <source>tùy chọn</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="25" />
      <source>hiện trợ giúp này rồi thoát</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="26" />
      <source>tham số %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="28" />
      <source>tham số không nhận ra: %s</source>
      <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="29" />
      <source>thiếu tham số bắt buộc: %s</source>
      <translation>the following arguments are required: %s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="30" />
      <source>cần một trong các tham số %s</source>
      <translation>one of the arguments %s is required</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="31" />
      <source>không dùng cùng tham số %s</source>
      <translation>not allowed with argument %s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="32" />
      <source>bỏ qua giá trị %r</source>
      <translation>ignored explicit argument %r</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="33" />
      <source>cần một giá trị</source>
      <translation>expected one argument</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="34" />
      <source>nhiều nhất một giá trị</source>
      <translation>expected at most one argument</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="35" />
      <source>cần ít nhất một giá trị</source>
      <translation>expected at least one argument</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="36" />
      <source>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</source>
      <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="38" />
      <source>tùy chọn không dùng ở đây: %s</source>
      <translation>unexpected option string: %s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="39" />
      <source>giá trị %(type)s không hợp lệ: %(value)r</source>
      <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="41" />
      <source>lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)</source>
      <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="43" />
      <source>không có lệnh %(parser_name)r (các lệnh: %(choices)s)</source>
      <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="45" />
      <source>không mở được '%(filename)s': %(error)s</source>
      <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="47" />
      <source>%(prog)s: lỗi: %(message)s
</source>
      <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
      <location filename="../../ui/cli/argparse_words.py" line="52" />
      <source>cần %s giá trị</source>
      <translation>expected %s arguments</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../ui/meetings_model.py" line="115" />
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="116" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="117" />
      <source>Có mặt</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="118" />
      <source>Lý do vắng</source>
      <translation>Reason for absence</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="119" />
      <source>Hội phí phải nộp</source>
      <translation>Fee due</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="120" />
      <source>Hội phí nộp</source>
      <translation>Fee paid</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="121" />
      <source>Nợ đến hạn</source>
      <translation>Loan due</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="122" />
      <source>Trong đó quá hạn</source>
      <translation>Of which overdue</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="123" />
      <source>Trả nợ</source>
      <translation>Repayment</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <location filename="../../ui/audit_model.py" line="34" />
      <source>Thời điểm</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="35" />
      <source>Người thực hiện</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="36" />
      <source>Loại dữ liệu</source>
      <translation>Data type</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="37" />
      <source>Bản ghi</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="38" />
      <source>Thao tác</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="90" />
      <source>Thông tin</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="91" />
      <source>Trước</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../ui/audit_model.py" line="92" />
      <source>Sau</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="42" />
      <source>Nhật ký thay đổi</source>
      <translation>Change log</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="50" />
      <source>Lọc</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="51" />
      <source>Bỏ lọc</source>
      <translation>Clear filter</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="54" />
      <source>Người thực hiện:</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="55" />
      <source>Loại dữ liệu:</source>
      <translation>Data type:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="56" />
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="56" />
      <source>đến ngày:</source>
      <translation>to:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="86" />
      <source>Chọn một dòng để xem giá trị trước và sau khi thay đổi.</source>
      <translation>Select a row to see the values before and after the change.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="114" />
      <source>Tất cả</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="124" />
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="125" />
      <source>Đến ngày</source>
      <translation>To date</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="129" />
      <source>{field}: không đúng ngày dd/mm/yyyy: «{value}»</source>
      <translation>{field}: not a date in dd/mm/yyyy form: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="147" />
      <source>Đang tải…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="156" />
      <source>Không đọc được nhật ký: {error}</source>
      <translation>Cannot read the change log: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="163" />
      <source>{n} thay đổi, mới nhất ở trên.</source>
      <translation>Changes: {n}, newest first.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit_page.py" line="171" />
      <source>{when} — {actor}: {action} {entity} {key}</source>
      <translation>{when} — {actor}: {action} {entity} {key}</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="42" />
      <source>Hằng ngày</source>
      <translation>Daily</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="43" />
      <source>Khi thoát</source>
      <translation>On exit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="44" />
      <source>Sao lưu ngay</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="45" />
      <source>Tự động</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="46" />
      <source>Trước khi khôi phục</source>
      <translation>Before restore</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="47" />
      <source>Tệp hỏng được giữ lại</source>
      <translation>Damaged file kept</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="63" />
      <source>Ngày giờ</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="64" />
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="65" />
      <source>Dung lượng</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="66" />
      <source>Nơi lưu</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="67" />
      <source>Tệp</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="86" />
      <source>Thư mục thứ hai</source>
      <translation>Second folder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="86" />
      <source>Thư mục dữ liệu</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="94" />
      <source>Tự động sao lưu</source>
      <translation>Automatic backups</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="95" />
      <source>Sao lưu khi mở chương trình lần đầu trong ngày</source>
      <translation>Back up when the program is first opened each day</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="96" />
      <source>Sao lưu mỗi lần thoát chương trình</source>
      <translation>Back up every time the program closes</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="101" />
      <source>ví dụ E:\SaoLuuISHC (ổ USB); để trống nếu không dùng</source>
      <translation>e.g. E:\SaoLuuISHC (USB drive); leave empty if not used</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="103" />
      <source>Chọn…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="104" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="111" />
      <source>bản mới nhất trong mỗi thư mục</source>
      <translation>latest backups in each folder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="119" />
      <source>Giữ lại:</source>
      <translation>Keep:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="121" />
      <source>Thư mục thứ hai:</source>
      <translation>Second folder:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="151" />
      <source>Chọn thư mục sao lưu thứ hai</source>
      <translation>Choose the second backup folder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="166" />
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="174" />
      <source>Sao lưu</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="179" />
      <source>Kết nối máy chủ dùng chung…</source>
      <translation>Connect to a shared server…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="180" />
      <source>Dữ liệu đang dùng</source>
      <translation>Data in use</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="200" />
      <source>Sao lưu ra tệp…</source>
      <translation>Back up to a file…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="201" />
      <source>Khôi phục…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="202" />
      <source>Khôi phục từ tệp khác…</source>
      <translation>Restore from another file…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="203" />
      <source>Các bản sao lưu</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="235" />
      <source>Tệp dữ liệu trên máy này: {path} ({size}). Bản sao lưu tự động nằm trong {folder}.</source>
      <translation>Data file on this computer: {path} ({size}). Automatic backups are in {folder}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="239" />
      <source>Dữ liệu nằm trên máy chủ PostgreSQL dùng chung. Máy chủ do người quản trị sao lưu (pg_dump); chương trình không sao lưu hay khôi phục dữ liệu máy chủ.</source>
      <translation>The data is on a shared PostgreSQL server. The server is backed up by its administrator (pg_dump); the program does not back up or restore server data.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="254" />
      <source>Đang tải…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="260" />
      <source>{n} bản sao lưu, mới nhất ở trên.</source>
      <translation>Backups: {n}, newest first.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="262" />
      <source>Chưa có bản sao lưu nào.</source>
      <translation>No backups yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="274" />
      <source>Đang sao lưu…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="281" />
      <source>Đã sao lưu vào {path} ({size}).</source>
      <translation>Backed up to {path} ({size}).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="287" />
      <source>Chưa sao lưu được: {reason}</source>
      <translation>Backup failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="291" />
      <source>Sao lưu ra tệp</source>
      <translation>Back up to a file</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="301" />
      <source>Chọn bản sao lưu</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="321" />
      <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {when}.</source>
      <translation>The data has been restored from the backup of {when}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="324" />
      <source>Dữ liệu trước đó được lưu ở {path}.</source>
      <translation>The previous data is kept at {path}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="334" />
      <source>Kết nối máy chủ</source>
      <translation>Server connection</translation>
    </message>
    <message>
      <location filename="../../ui/pages/backup_page.py" line="334" />
      <source>Đã lưu. Thiết lập có hiệu lực từ lần mở chương trình sau.</source>
      <translation>Saved. The settings take effect the next time the program starts.</translation>
    </message>
  </context>
  <context>
    <name>BoardEditor</name>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="78" />
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="79" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="80" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="81" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="82" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="83" />
      <source>Nhiệm kỳ</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="108" />
      <source>Thành viên CLB</source>
      <translation>Club member</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="110" />
      <source>Người mới</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="111" />
      <source>nay</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="153" />
      <source>Thêm người</source>
      <translation>Add person</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="153" />
      <source>Xóa dòng</source>
      <translation>Delete row</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="154" />
      <source>Lên</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="154" />
      <source>Xuống</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="168" />
      <source>Thành viên đang sinh hoạt của CLB:</source>
      <translation>Active club member:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="169" />
      <source>Người mới:</source>
      <translation>New person:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="171" />
      <source>— chọn thành viên —</source>
      <translation>— choose a member —</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="176" />
      <source>CLB chưa có thành viên nào.</source>
      <translation>The club has no members yet.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="179" />
      <source>— chọn —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="191" />
      <source>(không ghi)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="198" />
      <source>Người ở dòng đang chọn</source>
      <translation>Person in the selected row</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="200" />
      <source>Chức danh:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="203" />
      <source>Nhiệm kỳ từ ngày:</source>
      <translation>Term from:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="205" />
      <source>đến ngày:</source>
      <translation>to:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="213" />
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="213" />
      <source>Giới tính:</source>
      <translation>Sex:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="214" />
      <source>Năm sinh:</source>
      <translation>Year of birth:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="214" />
      <source>Dân tộc:</source>
      <translation>Ethnic group:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="215" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/board_editor.py" line="216" />
      <source>Hoàn cảnh hộ:</source>
      <translation>Household status:</translation>
    </message>
  </context>
  <context>
    <name>CashCountDialog</name>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="45" />
      <source>Khớp với sổ quỹ</source>
      <translation>Matches the cash book</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="47" />
      <source>Thừa {amount} đ so với sổ</source>
      <translation>{amount} đ more than the book</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="48" />
      <source>Thiếu {amount} đ so với sổ</source>
      <translation>{amount} đ less than the book</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="61" />
      <source>Kiểm kê quỹ</source>
      <translation>Cash count</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="72" />
      <source>VD: thủ quỹ giải trình khoản thiếu</source>
      <translation>e.g. the treasurer explained the shortfall</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="76" />
      <source>{fund} — {club}</source>
      <translation>{fund} — {club}</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="86" />
      <source>đồng</source>
      <translation>đồng</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="96" />
      <source>Ngày kiểm kê:</source>
      <translation>Count date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="98" />
      <source>Số dư theo sổ:</source>
      <translation>Book balance:</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="99" />
      <source>Tiền mặt đếm được:</source>
      <translation>Cash counted:</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="100" />
      <source>Chênh lệch:</source>
      <translation>Difference:</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="101" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="103" />
      <source>Lần kiểm kê trước:</source>
      <translation>Previous count:</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="108" />
      <source>Ghi kết quả kiểm kê</source>
      <translation>Record cash count</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="119" />
      <source>chưa kiểm kê lần nào</source>
      <translation>never counted</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="120" />
      <source>{date}: đếm được {counted} đ — {difference}</source>
      <translation>{date}: counted {counted} đ — {difference}</translation>
    </message>
    <message>
      <location filename="../../dialogs/cash_count_dialog.py" line="134" />
      <source>{amount} đ</source>
      <translation>{amount} đ</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../ui/cli/__init__.py" line="107" />
      <source>ISHC Desk — quản lý Câu lạc bộ Liên thế hệ tự giúp nhau. Không có lệnh: mở cửa sổ chương trình.</source>
      <translation>ISHC Desk — records of Intergenerational Self-Help Clubs (ISHC). With no command, the program window opens.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="112" />
      <source>tệp SQLite hoặc postgresql://… (mặc định: biến ISHC_DB, rồi tệp trong thư mục dữ liệu)</source>
      <translation>SQLite file or postgresql://… (default: the ISHC_DB variable, then the file in the data folder)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="116" />
      <source>ngôn ngữ (vi hoặc en)</source>
      <translation>language (vi or en)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="118" />
      <source>chạy lệnh với tài khoản này (bắt buộc khi đã có tài khoản); mật khẩu lấy từ biến ISHC_PASSWORD, dòng đầu của đầu vào chuẩn, hoặc hỏi khi chạy</source>
      <translation>run the command as this account (required once accounts exist); the password comes from the ISHC_PASSWORD variable, the first line of standard input, or a prompt</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="141" />
      <source>Lỗi không mong đợi: {error}</source>
      <translation>Unexpected error: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="144" />
      <source>Chi tiết được ghi vào {path}</source>
      <translation>Details were written to {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="183" />
      <source>Tệp cơ sở dữ liệu bị hỏng hoặc không phải của chương trình: {e}</source>
      <translation>The database file is damaged or does not belong to this program: {e}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="185" />
      <source>Cách khôi phục: lệnh «backups» liệt kê các bản sao lưu, «restore TỆP» khôi phục từ một bản.</source>
      <translation>To recover: the “backups” command lists the backups, “restore FILE” restores from one of them.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="188" />
      <source>Cơ sở dữ liệu do phiên bản mới hơn tạo ra (phiên bản {found}); hãy cập nhật chương trình.</source>
      <translation>The database was created by a newer version (version {found}); please update the program.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/__init__.py" line="208" />
      <source>Không tìm thấy {entity}: {key}</source>
      <translation>{entity} not found: {key}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="15" />
      <source>Liệt kê các hoạt động của một CLB trong một năm (mỗi hoạt động một dòng: ngày, lĩnh vực, loại, tên, số thành viên, số người ngoài CLB).</source>
      <translation>List a club's activities in a year (one line an activity: date, area, kind, title, members, people from outside the club).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="18" />
      <source>mã CLB</source>
      <translation>club code</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="19" />
      <source>năm</source>
      <translation>year</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="21" />
      <source>Liệt kê các lớp tập huấn, chuyến tham quan học tập trong một năm (mỗi lớp một dòng, kèm số người tham dự).</source>
      <translation>List the training courses and study visits of a year (one line a course, with the number of attendees).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="25" />
      <source>In số liệu tám lĩnh vực hoạt động của từng CLB trong một năm.</source>
      <translation>Print the figures of the eight activity areas of each club for a year.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="28" />
      <source>chỉ một CLB (mã CLB)</source>
      <translation>one club only (club code)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="52" />
      <source>{n} người tham dự</source>
      <translation>{n} attendees</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="66" />
      <source>{area}: {n} hoạt động</source>
      <translation>{area}: {n} activities</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="69" />
      <source>Thành viên được khám sức khỏe trong năm: {n}</source>
      <translation>Members with a health check in the year: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="70" />
      <source>Người cao tuổi được chăm sóc tại nhà: {n}</source>
      <translation>Older people receiving home care: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="71" />
      <source>Lượt thăm chăm sóc tại nhà theo tháng (1–12): {months}; cả năm {n}</source>
      <translation>Home-care visits by month (1–12): {months}; whole year {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="73" />
      <source>Người được hỗ trợ tiếp cận chế độ, chính sách: {n} (được hưởng: {ok})</source>
      <translation>People helped to claim entitlements: {n} (granted: {ok})</translation>
    </message>
    <message>
      <location filename="../../ui/cli/activities.py" line="75" />
      <source>Trường hợp được giúp đỡ: {n}, trị giá {value} đồng</source>
      <translation>People helped: {n}, worth {value} đồng</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="13" />
      <source>hằng ngày</source>
      <translation>daily</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="14" />
      <source>khi thoát</source>
      <translation>on exit</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="15" />
      <source>sao lưu ngay</source>
      <translation>manual backup</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="16" />
      <source>tự động</source>
      <translation>automatic</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="17" />
      <source>trước khi khôi phục</source>
      <translation>before restore</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="18" />
      <source>tệp hỏng được giữ lại</source>
      <translation>damaged file kept</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="23" />
      <source>Sao lưu dữ liệu (tệp SQLite) ra một tệp, hoặc vào thư mục sao lưu nếu không có -o.</source>
      <translation>Back up the data (SQLite file) to a file, or to the backup folder without -o.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="25" />
      <source>tệp sao lưu cần tạo</source>
      <translation>backup file to create</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="27" />
      <source>Khôi phục dữ liệu từ một bản sao lưu: kiểm tra tệp trước, lưu dữ liệu hiện tại sang bên rồi mới thay thế.</source>
      <translation>Restore the data from a backup: the file is checked first and the current data is saved aside before it is replaced.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="30" />
      <source>tệp sao lưu</source>
      <translation>backup file</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="32" />
      <source>không hỏi lại (bắt buộc khi không chạy trong cửa sổ lệnh)</source>
      <translation>do not ask for confirmation (required when not run in a terminal)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="34" />
      <source>quản trị viên chấp nhận khôi phục bản sao lưu có nhật ký thay đổi bị sửa (chuỗi băm không khớp)</source>
      <translation>the administrator accepts restoring a backup whose change log was altered (the hash chain does not match)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="37" />
      <source>đồng ý thay bằng dữ liệu của một cơ quan khác (xã/phường khác)</source>
      <translation>agree to replace the data with another office's data (another commune/ward)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="40" />
      <source>bản sao lưu không có tài khoản: giữ lại các tài khoản hiện tại để dữ liệu không bị mở cho bất kỳ ai</source>
      <translation>the backup has no accounts: keep the current accounts so the data is not opened to anyone</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="44" />
      <source>Danh sách bản sao lưu, mới nhất trước, kèm ngày giờ và dung lượng.</source>
      <translation>List the backups, newest first, with date, time and size.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="47" />
      <source>Chuyển toàn bộ dữ liệu SQLite sang một cơ sở dữ liệu PostgreSQL mới, trống; rồi so sánh từng bảng.</source>
      <translation>Transfer all SQLite data to a new, empty PostgreSQL database, then compare every table.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="51" />
      <source>địa chỉ cơ sở dữ liệu đích trên máy chủ</source>
      <translation>address of the target database on the server</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="85" />
      <source>Mật khẩu của {name}: </source>
      <translation>Password for {name}: </translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="90" />
      <source>Nếu đúng là muốn thay bằng dữ liệu đó, chạy lại với --other-office.</source>
      <translation>If you really want to replace it with that data, run again with --other-office.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="92" />
      <source>Muốn khôi phục mà vẫn giữ các tài khoản hiện tại, chạy lại với --keep-accounts.</source>
      <translation>To restore while keeping the current accounts, run again with --keep-accounts.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="94" />
      <source>Chạy lại với --user TÊN của một quản trị viên trong bản sao lưu (mật khẩu qua biến ISHC_PASSWORD, đầu vào chuẩn hoặc khi được hỏi).</source>
      <translation>Run again with --user NAME of an administrator in the backup (password from the ISHC_PASSWORD variable, standard input or when asked).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="111" />
      <source>Đã sao lưu vào {path} ({size}).</source>
      <translation>Backed up to {path} ({size}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="119" />
      <source>Bản sao lưu {path}: ngày {date} {time}, dữ liệu phiên bản {version}, {clubs} CLB, {members} người.</source>
      <translation>Backup {path}: {date} {time}, data version {version}, clubs: {clubs}, people: {members}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="132" />
      <source>Thay dữ liệu hiện tại bằng bản sao lưu này? Gõ «co» để đồng ý: </source>
      <translation>Replace the current data with this backup? Type “yes” to agree: </translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="161" />
      <source>Máy này chưa có dữ liệu; bản sao lưu sẽ được chép vào: {path}</source>
      <translation>This computer has no data yet; the backup will be copied to: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="164" />
      <source>Dữ liệu hiện tại bị hỏng: {path} (tệp hỏng được giữ lại bên cạnh)</source>
      <translation>The current data is damaged: {path} (the damaged file is kept next to it)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="168" />
      <source>Không hỏi xác nhận được (không chạy trong cửa sổ lệnh): thêm --yes để khôi phục. Chưa thay đổi gì.</source>
      <translation>Cannot ask for confirmation (not run in a terminal): add --yes to restore. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="171" />
      <source>Đã hủy, dữ liệu không thay đổi.</source>
      <translation>Cancelled; the data has not been changed.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="174" />
      <source>Đã khôi phục {path}.</source>
      <translation>Restored {path}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="176" />
      <source>Dữ liệu trước khi khôi phục được lưu ở {path}</source>
      <translation>The data from before the restore is kept at {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="191" />
      <source>Chưa có bản sao lưu nào trong {path}.</source>
      <translation>There are no backups in {path} yet.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="206" />
      <source>Đã chép {done}/{total} dòng…</source>
      <translation>Copied {done}/{total} rows…</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="219" />
      <source>Đã chuyển dữ liệu sang {url} trong {duration}.</source>
      <translation>Data moved to {url} in {duration}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="222" />
      <source>Bảng</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="222" />
      <source>Số dòng (SQLite)</source>
      <translation>Rows (SQLite)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="223" />
      <source>Số dòng (PostgreSQL)</source>
      <translation>Rows (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="223" />
      <source>So sánh</source>
      <translation>Comparison</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="225" />
      <source>khớp</source>
      <translation>identical</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="225" />
      <source>KHÁC, dòng đầu tiên khác: {key}</source>
      <translation>DIFFERENT, first differing row: {key}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="231" />
      <source>Dữ liệu trên máy chủ khác tệp gốc ở bảng: {tables}</source>
      <translation>The data on the server differs from the original file in tables: {tables}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/backup.py" line="233" />
      <source>Mọi bảng đều khớp từng dòng ({n} bảng).</source>
      <translation>Every table matches row by row (tables: {n}).</translation>
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
      <location filename="../../ui/cli/basic.py" line="18" />
      <source>Danh sách CLB, mỗi dòng một CLB, mã CLB đứng đầu.</source>
      <translation>List the clubs, one per line, club code first.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="20" />
      <source>Kiểm tra toàn vẹn dữ liệu và các quy tắc nghiệp vụ.</source>
      <translation>Check data integrity and the business rules.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="37" />
      <source>Cơ sở dữ liệu sẵn sàng: {p} tỉnh/thành phố, {w} xã/phường/đặc khu.</source>
      <translation>Database ready: {p} provinces/cities, {w} communes/wards/special zones.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="41" />
      <source>Cơ quan: {name} — {ward}</source>
      <translation>Office: {name} — {ward}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="57" />
      <source>đạt</source>
      <translation>meets the standard</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="57" />
      <source>chưa đạt</source>
      <translation>below the standard</translation>
    </message>
    <message>
      <location filename="../../ui/cli/basic.py" line="69" />
      <source>Dữ liệu toàn vẹn: không phát hiện lỗi.</source>
      <translation>Data integrity: no errors found.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/common.py" line="51" />
      <source>phải là số nguyên viết bằng chữ số 0-9 và không quá lớn: «{value}»</source>
      <translation>must be a whole number in the digits 0-9, not too large: “{value}”</translation>
    </message>
    <message>
      <location filename="../../ui/cli/common.py" line="59" />
      <source>ghi đè tệp đã có (mặc định: không ghi đè)</source>
      <translation>overwrite an existing file (default: never overwrite)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="14" />
      <source>Tạo dữ liệu mẫu (phường Đức Xuân nếu chưa khai báo cơ quan) trong cơ sở dữ liệu chưa có CLB nào.</source>
      <translation>Create sample data (Đức Xuân ward if no office has been set up) in a database that has no clubs yet.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="17" />
      <source>số CLB (mặc định 12)</source>
      <translation>number of clubs (default 12)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="19" />
      <source>hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu (mặc định 1)</source>
      <translation>random seed: the same seed gives the same data (default 1)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="22" />
      <source>tạo thêm một tài khoản cho mỗi vai trò (mật khẩu mẫu in ra một lần); từ đó mọi lệnh cần --user</source>
      <translation>also create one account per role (the sample password is printed once); from then on every command needs --user</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="25" />
      <source>không lập báo cáo năm của các năm đã qua (mặc định: lập và duyệt khi có không quá 30 CLB)</source>
      <translation>do not write the annual reports of past years (default: written and approved when there are at most 30 clubs)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="42" />
      <source>Đang tạo CLB {done}/{total}…</source>
      <translation>Creating club {done}/{total}…</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="55" />
      <source>Đã tạo dữ liệu mẫu trong {duration}.</source>
      <translation>Demo data created in {duration}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="57" />
      <source>Câu lạc bộ: {n} ({statuses})</source>
      <translation>Clubs: {n} ({statuses})</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="58" />
      <source>Thành viên đang sinh hoạt: {n}; đã ra khỏi CLB: {left}</source>
      <translation>Active members: {n}; left their club: {left}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="60" />
      <source>Văn bản thành lập đã ghi vào sổ văn bản: {n}</source>
      <translation>Founding papers entered in the document register: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="61" />
      <source>Thôn/tổ dân phố: {n}</source>
      <translation>Villages/residential groups: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="66" />
      <source>Kế hoạch mẫu: số {id}, {first}-{last} (lệnh dashboard --year YYYY)</source>
      <translation>Example plan: no. {id}, {first}-{last} (command dashboard --year YYYY)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="82" />
      <source>Báo cáo năm: không lập cho dữ liệu mẫu quá {n} CLB.</source>
      <translation>Annual reports: not written for demo data of more than {n} clubs.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="85" />
      <source>Báo cáo năm đã duyệt: {n} báo cáo, năm {first}–{last}</source>
      <translation>Annual reports approved: {n} reports, years {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="95" />
      <source>Tài khoản: {name}	{role}	{unit}</source>
      <translation>Account: {name}	{role}	{unit}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/demo.py" line="98" />
      <source>Mật khẩu của các tài khoản mẫu: {password}</source>
      <translation>Password of the sample accounts: {password}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="38" />
      <source>In giấy tờ của một CLB ra tệp PDF: quyết định thành lập, giấy chứng nhận, biên bản lễ ra mắt, quy chế, danh sách thành viên; phiếu thu/chi, sổ quỹ, sổ cho vay, hợp đồng vay (sổ quỹ, sổ cho vay cũng ra được tệp .xlsx). Văn bản có số được ban hành (cấp số, lưu vào sổ văn bản) ở lần in đầu; lần sau in lại đúng bản đã lưu.</source>
      <translation>Print a club's papers to a PDF file: founding decision, certificate, minutes of the launch ceremony, statute, member list; receipt/payment vouchers, cash book, loan register, loan agreement (the cash book and loan register can also be written as .xlsx). A numbered document is issued (given a number and entered in the document register) when it is first printed; later prints reproduce the stored copy exactly.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="46" />
      <source>decision | certificate | launch-minutes | statute | members | voucher | fund-book | loan-register | loan-contract | meeting-minutes | collection-sheet | supervision | review-report | annual-report</source>
      <translation>decision | certificate | launch-minutes | statute | members | voucher | fund-book | loan-register | loan-contract | meeting-minutes | collection-sheet | supervision | review-report | annual-report</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="52" />
      <source>annual-report: mã xã/phường hoặc tỉnh (mã chính thức), VN: toàn quốc</source>
      <translation>annual-report: official code of the commune/ward or province, VN: the nation</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="55" />
      <source>tệp PDF sẽ tạo (sổ quỹ, sổ cho vay: .pdf hoặc .xlsx)</source>
      <translation>PDF file to create (cash book, loan register: .pdf or .xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="57" />
      <source>ngày của văn bản (mặc định: hôm nay)</source>
      <translation>date of the document (default: today)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="60" />
      <source>in bản nháp chưa có số, không ghi vào sổ văn bản</source>
      <translation>print an unnumbered draft; nothing is entered in the document register</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="62" />
      <source>ban hành văn bản mới (số mới) dù CLB đã có văn bản này</source>
      <translation>issue a new document (new number) even if the club already has this one</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="70" />
      <source>Sổ văn bản đã ban hành: số/ký hiệu, ngày, trích yếu, người ký (cách nhau bằng dấu tab), mới nhất trước.</source>
      <translation>Register of issued documents: number/code, date, summary, signer (separated by tabs), newest first.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="72" />
      <source>chỉ năm này</source>
      <translation>this year only</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="74" />
      <source>chỉ văn bản của cơ quan này (ký hiệu viết tắt, ví dụ UBND)</source>
      <translation>only documents of this issuing body (abbreviation, e.g. UBND)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="126" />
      <source>Không có CLB mã «{code}» (lệnh clubs liệt kê các CLB).</source>
      <translation>There is no club with the code “{code}” (the clubs command lists the clubs).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="134" />
      <source>Bản lưu của văn bản không còn khớp mã kiểm tra SHA-256 (dữ liệu bị sửa ngoài chương trình hoặc bị hỏng); hãy khôi phục từ bản sao lưu.</source>
      <translation>The stored copy of the document no longer matches its SHA-256 checksum (the data was changed outside the program or is damaged); restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="141" />
      <source>Đã in quyết định thành lập số {number} ngày {date} đã có trong hồ sơ CLB (không cấp số mới): {path}</source>
      <translation>Printed founding decision no. {number} of {date} already on the club's record (no new number): {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="145" />
      <source>Quyết định này có ngày {date}; --date không đổi được ngày của nó.</source>
      <translation>This decision is dated {date}; --date does not change its date.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="148" />
      <source>Đã in bản không số: {path}</source>
      <translation>Unnumbered draft printed: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="150" />
      <source>Đã in lại văn bản số {number} ngày {date} (bản đã lưu): {path}</source>
      <translation>Reprinted document No. {number} of {date} (stored copy): {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="153" />
      <source>Văn bản này đã ban hành ngày {date}; muốn ban hành văn bản mới thì dùng --new.</source>
      <translation>This document was issued on {date}; to issue a new one, use --new.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="156" />
      <source>Đã ban hành văn bản số {number} ngày {date}: {path}</source>
      <translation>Issued document No. {number} of {date}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/documents.py" line="166" />
      <source>Năm không hợp lệ: {year}</source>
      <translation>Invalid year: {year}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="17" />
      <source>Khóa ký gói báo cáo: khóa của văn phòng, khóa tin cậy của các đơn vị cấp dưới.</source>
      <translation>Keys that sign report packages: this office's key, the trusted keys of the units below.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="19" />
      <source>Khóa ký gói báo cáo. Văn phòng ký gói gửi lên bằng khóa riêng của mình; cấp trên đăng ký khóa công khai của từng đơn vị cấp dưới một lần, đối chiếu dấu vân tay qua điện thoại.</source>
      <translation>Keys that sign report packages. An office signs the packages it sends up with its own key; the level above registers each lower unit's public key once, comparing the fingerprint by phone.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="25" />
      <source>In dấu vân tay khóa của văn phòng (tạo khóa nếu chưa có); -o ghi tệp khóa công khai để gửi cấp trên.</source>
      <translation>Print the fingerprint of this office's key (made if there is none yet); -o writes the public key file to send to the level above.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="29" />
      <source>tệp khóa công khai cần ghi</source>
      <translation>public key file to write</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="31" />
      <source>Tin cậy khóa công khai của một đơn vị cấp dưới (từ tệp khóa đơn vị đó gửi).</source>
      <translation>Trust the public key of a unit below (from the key file that unit sent).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="33" />
      <source>tệp khóa công khai</source>
      <translation>public key file</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="35" />
      <source>mã đơn vị của khóa (bắt buộc khi tệp không ghi đơn vị; nếu tệp có ghi thì phải trùng)</source>
      <translation>unit code of the key (required when the file names no unit; must match when it does)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="37" />
      <source>Liệt kê khóa tin cậy, mỗi dòng một khóa: dấu vân tay, cấp, mã và tên đơn vị, ngày tin cậy, thu hồi (cách nhau bằng dấu tab).</source>
      <translation>List the trusted keys, one per line: fingerprint, level, unit code and name, date trusted, revoked (tab-separated).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="40" />
      <source>Thu hồi một khóa tin cậy: gói ký bằng khóa đó bị từ chối từ nay; báo cáo đã nhận vẫn giữ.</source>
      <translation>Revoke a trusted key: packages signed with it are refused from now on; reports already received stay.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="44" />
      <source>dấu vân tay (ít nhất 8 chữ số đầu)</source>
      <translation>fingerprint (at least its first 8 digits)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="45" />
      <source>lý do</source>
      <translation>reason</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="46" />
      <source>In hoặc đặt đơn vị của văn phòng này (văn phòng tỉnh, toàn quốc, hoặc CLB tự giữ dữ liệu).</source>
      <translation>Print or set the unit of this office (a province office, the national office, or a club keeping its own data).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="49" />
      <source>cấp của văn phòng</source>
      <translation>level of the office</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="51" />
      <source>mã đơn vị (mã CLB, mã xã/phường, mã tỉnh, VN)</source>
      <translation>unit code (club code, commune/ward code, province code, VN)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="53" />
      <source>Ghi gói báo cáo đã phê duyệt của đơn vị, ký bằng khóa của văn phòng, để gửi cấp trên.</source>
      <translation>Write the unit's approved report as a package signed with this office's key, to send to the level above.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="57" />
      <source>mã đơn vị (mặc định: đơn vị của văn phòng)</source>
      <translation>unit code (default: this office's unit)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="59" />
      <source>năm báo cáo</source>
      <translation>year of the report</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="61" />
      <source>tệp gói cần ghi</source>
      <translation>package file to write</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="63" />
      <source>Nhận gói báo cáo của đơn vị cấp dưới: kiểm tra chữ ký, mã băm, phiên bản rồi lưu.</source>
      <translation>Receive a report package of a unit below: check signature, hashes and version, then store it.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="65" />
      <source>tệp gói báo cáo</source>
      <translation>report package file</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="80" />
      <source>Dấu vân tay khóa của văn phòng: {fp}</source>
      <translation>Fingerprint of this office's key: {fp}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="82" />
      <source>Đơn vị: {unit}</source>
      <translation>Unit: {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="85" />
      <source>Chưa khai báo đơn vị của văn phòng (lệnh init, hoặc keys unit).</source>
      <translation>This office's unit is not set yet (command init, or keys unit).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="88" />
      <source>Đã ghi tệp khóa công khai: {path}</source>
      <translation>Public key file written: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="97" />
      <source>Đã tin cậy khóa {fp} của {unit}.</source>
      <translation>Key {fp} of {unit} is now trusted.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="99" />
      <source>Hãy gọi điện cho đơn vị và đọc đối chiếu dấu vân tay; nếu không khớp, thu hồi ngay bằng lệnh keys revoke.</source>
      <translation>Call the unit and compare the fingerprint aloud; if it does not match, revoke it at once with keys revoke.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="109" />
      <source>thu hồi {date}</source>
      <translation>revoked {date}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="120" />
      <source>Đã thu hồi khóa {fp} của {unit}.</source>
      <translation>Key {fp} of {unit} revoked.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="130" />
      <source>Cần cả --level và --code (trừ cấp nation), hoặc không có cả hai.</source>
      <translation>Give both --level and --code (no code for nation), or neither.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="139" />
      <source>Đơn vị của văn phòng: {unit}</source>
      <translation>Unit of this office: {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="167" />
      <source>{unit} chưa có báo cáo năm {year} được phê duyệt.</source>
      <translation>{unit} has no approved report for {year}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="172" />
      <source>Đã ghi gói báo cáo năm {year} của {unit}, phiên bản {version}: {path}</source>
      <translation>Report package of {unit} for {year}, version {version}, written: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="189" />
      <source>Đã nhận báo cáo năm {year} của {unit}, phiên bản {version}, chữ ký hợp lệ (khóa {fp}).</source>
      <translation>Received the {year} report of {unit}, version {version}, signature valid (key {fp}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/exchange.py" line="193" />
      <source>Phiên bản này thay phiên bản {old} khi cộng số liệu; phiên bản cũ vẫn được giữ.</source>
      <translation>This version replaces version {old} in the totals; the older version is kept.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="19" />
      <source>Các buổi sinh hoạt của một CLB trong một năm, mỗi buổi một dòng: ngày, có mặt/tổng số thành viên, hội phí, tiền trả nợ vay (cách nhau bằng dấu tab).</source>
      <translation>A club's meetings in one year, one line each: date, present/total members, fees, loan repayments (separated by tabs).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="69" />
      <source>đã hủy các khoản thu ngày {date}</source>
      <translation>money postings reversed on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="88" />
      <source>Thiếu --date: ngày của buổi sinh hoạt (dd/mm/yyyy).</source>
      <translation>Missing --date: the day of the meeting (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="93" />
      <source>Tệp phải có đuôi .pdf: {path}</source>
      <translation>The file must end in .pdf: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="97" />
      <source>CLB {code} không có buổi sinh hoạt ngày {date}.</source>
      <translation>Club {code} has no meeting on {date}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="100" />
      <source>Đã in biên bản sinh hoạt ngày {date}: {path}</source>
      <translation>Printed the minutes of the meeting of {date}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="104" />
      <source>Tệp phải có đuôi .pdf hoặc .xlsx: {path}</source>
      <translation>The file name must end in .pdf or .xlsx: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/meetings.py" line="110" />
      <source>Đã in danh sách thu hội phí và nợ vay ngày {date}: {path}</source>
      <translation>Printed the collection sheet of {date}: {path}</translation>
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
      <location filename="../../ui/cli/members_xlsx.py" line="21" />
      <source>Nhập danh sách thành viên từ tệp Excel theo mẫu vào một CLB. Kiểm tra cả tệp trước; còn lỗi thì không nhập dòng nào.</source>
      <translation>Import a member list into a club from an Excel file made from the template. The whole file is checked first; if any error remains, no row is imported.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="23" />
      <source>tệp Excel theo mẫu</source>
      <translation>Excel file made from the template</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="26" />
      <source>chỉ kiểm tra tệp, không ghi gì</source>
      <translation>only check the file; write nothing</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="28" />
      <source>vẫn nhập những người có thể trùng (cùng họ tên và năm sinh) với người đã có</source>
      <translation>also import people who may duplicate someone already recorded (same full name and year of birth)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="32" />
      <source>Xuất danh sách thành viên đang sinh hoạt ra tệp Excel (in được). Số CCCD, hoàn cảnh hộ, khuyết tật, trợ cấp, chính sách và ghi chú được che, trừ khi dùng --unmasked; chỉ bản đầy đủ mới nhập lại được.</source>
      <translation>Export the active members to an Excel file (printable). Citizen ID numbers, household status, disability, allowance, policy status and notes are masked unless --unmasked is given; only the full version can be imported again.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="36" />
      <source>xuất đầy đủ số CCCD và tình trạng hộ (cần quyền xem thông tin nhạy cảm; được ghi vào nhật ký)</source>
      <translation>export full citizen ID numbers and household status (needs the right to view sensitive information; the export is logged)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="41" />
      <source>mọi CLB của xã/phường</source>
      <translation>all clubs of the commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="64" />
      <source>Không ghi được tệp {path}: {reason}</source>
      <translation>Cannot write the file {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="84" />
      <source>Đã tạo tệp mẫu: {path}</source>
      <translation>Template created: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="99" />
      <source>Chưa nhập gì. Nếu đúng là người khác, chạy lại với --allow-possible-duplicates.</source>
      <translation>Nothing imported. If they really are different people, run again with --allow-possible-duplicates.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="102" />
      <source>Chưa nhập gì: tệp có {n} lỗi, sửa rồi chạy lại.</source>
      <translation>Nothing imported: the file has errors ({n}); correct them and run again.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="106" />
      <source>Tệp hợp lệ: {n} thành viên sẵn sàng nhập vào CLB {code} (chạy thử, chưa ghi gì).</source>
      <translation>The file is valid: {n} member(s) ready to import into club {code} (dry run, nothing written).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="109" />
      <source>Đã nhập {n} thành viên vào CLB {code}.</source>
      <translation>Imported {n} member(s) into club {code}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="123" />
      <source>Chưa khai báo xã/phường của cơ quan (lệnh init --ward).</source>
      <translation>The office's commune/ward has not been set (command init --ward).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="135" />
      <source>Đã xuất {n} thành viên ra tệp {path}</source>
      <translation>Exported {n} member(s) to {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/members_xlsx.py" line="137" />
      <source>Thông tin nhạy cảm đã được che (dùng --unmasked để xuất đầy đủ).</source>
      <translation>Sensitive information has been masked (use --unmasked for the full version).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="25" />
      <source>Ghi một phiếu thu hoặc phiếu chi vào quỹ của một CLB (cùng các kiểm tra như khi nhập trong chương trình) và in số phiếu.</source>
      <translation>Record a receipt or payment voucher in a club's fund (with the same checks as in the window) and print its number.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="28" />
      <source>phiếu thu (receipt) hay phiếu chi (payment)</source>
      <translation>receipt voucher (receipt) or payment voucher (payment)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="31" />
      <source>quỹ: income | activity | home_care | golden_heart | other</source>
      <translation>fund: income | activity | home_care | golden_heart | other</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="33" />
      <source>số tiền, nguyên đồng (1250000 hoặc 1.250.000)</source>
      <translation>amount in whole dong (1250000 or 1.250.000)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="35" />
      <source>ngày của phiếu (mặc định: hôm nay)</source>
      <translation>date of the voucher (default: today)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="37" />
      <source>khoản mục: mã (member_fee, donation, activity_spending…) hoặc tên như trên phiếu («Thành viên đóng góp»)</source>
      <translation>category: a code (member_fee, donation, activity_spending…) or its name as printed on the voucher</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="40" />
      <source>người nộp tiền (phiếu thu) hoặc người nhận tiền (phiếu chi)</source>
      <translation>who pays (receipt) or who is paid (payment)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="42" />
      <source>lý do thu/chi</source>
      <translation>reason for the receipt or payment</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="44" />
      <source>số chứng từ gốc kèm theo</source>
      <translation>number of original documents attached</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="78" />
      <source>Không có khoản mục «{value}» cho {kind}; chọn một trong: {codes}.</source>
      <translation>No category “{value}” for a {kind}; choose one of: {codes}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_post.py" line="92" />
      <source>Đã ghi {kind} {number}: {amount} đồng, {fund} của CLB {code}.</source>
      <translation>Recorded {kind} {number}: {amount} dong, {fund} of club {code}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="30" />
      <source>quỹ (phiếu thu/chi, sổ quỹ): income | activity | home_care | golden_heart | other</source>
      <translation>fund (vouchers, cash book): income | activity | home_care | golden_heart | other</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="35" />
      <source>năm của số phiếu; với sổ quỹ: cả năm đó</source>
      <translation>year of the voucher number; for the cash book: that whole year</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="37" />
      <source>số phiếu: 15 hoặc PT-2026/015</source>
      <translation>voucher number: 15 or PT-2026/015</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="39" />
      <source>sổ quỹ: từ ngày</source>
      <translation>cash book: from date</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="41" />
      <source>sổ quỹ: đến ngày</source>
      <translation>cash book: to date</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="42" />
      <source>số hợp đồng vay của CLB</source>
      <translation>the club's loan agreement number</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="106" />
      <source>Thiếu --fund: chọn một quỹ ({kinds}).</source>
      <translation>Missing --fund: choose a fund ({kinds}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="110" />
      <source>Không có loại quỹ «{fund}»; chọn một trong: {kinds}.</source>
      <translation>There is no fund type “{fund}”; choose one of: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="115" />
      <source>CLB {code} chưa có {fund}.</source>
      <translation>Club {code} has no {fund}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="134" />
      <source>Thiếu --number: số phiếu (ví dụ 15 hoặc PT-2026/015).</source>
      <translation>Missing --number: the voucher number (e.g. 15 or PT-2026/015).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="136" />
      <source>Số phiếu không hợp lệ: «{value}» (ví dụ 15 hoặc PT-2026/015).</source>
      <translation>Invalid voucher number: “{value}” (e.g. 15 or PT-2026/015).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="141" />
      <source>--kind phải là receipt (phiếu thu) hoặc payment (phiếu chi) và khớp với số phiếu.</source>
      <translation>--kind must be receipt or payment and match the voucher number.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="145" />
      <source>Thiếu --year: năm của số phiếu.</source>
      <translation>Missing --year: the year of the voucher number.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="148" />
      <source>Năm của số phiếu không hợp lệ: «{year}».</source>
      <translation>Invalid year of the voucher number: “{year}”.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="153" />
      <source>Không có {kind} số {number} trong {fund} của CLB {code}.</source>
      <translation>There is no {kind} No. {number} in {fund} of club {code}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="158" />
      <source>Đã in {kind} {number}: {path}</source>
      <translation>Printed {kind} {number}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="185" />
      <source>Dùng --year hoặc --from/--to cho kỳ của sổ quỹ, không dùng cả hai.</source>
      <translation>Use --year or --from/--to for the cash book period, not both.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="194" />
      <source>Đã in sổ quỹ «{fund}» từ {start} đến {end}: {path}</source>
      <translation>Printed the cash book of “{fund}” from {start} to {end}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="212" />
      <source>Đã in sổ theo dõi cho vay của CLB {code} tính đến ngày {date}: {path}</source>
      <translation>Printed the loan register of club {code} as of {date}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="223" />
      <source>Thiếu --loan: số hợp đồng vay của CLB.</source>
      <translation>Missing --loan: the club's loan agreement number.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="227" />
      <source>CLB {code} không có hợp đồng vay số «{number}».</source>
      <translation>Club {code} has no loan agreement No. “{number}”.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="230" />
      <source>Đã in hợp đồng vay số {number}: {path}</source>
      <translation>Printed loan agreement No. {number}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="250" />
      <source>Hợp đồng vay số {number} không vay bằng hiện vật: không có biên bản giao nhận.</source>
      <translation>Loan contract {number} is not in kind: it has no hand-over record.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="254" />
      <source>Hợp đồng vay số {number} có {count} biên bản giao nhận; --number chọn từ 1 đến {count}.</source>
      <translation>Loan contract {number} has {count} hand-over records; --number picks 1 to {count}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="258" />
      <source>Đã in biên bản giao nhận hiện vật của hợp đồng số {number}: {path}</source>
      <translation>Printed the goods hand-over record of contract {number}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="274" />
      <source>Đã in sổ theo dõi cho vay bằng hiện vật từ {start} đến {end}: {path}</source>
      <translation>Printed the in-kind register from {start} to {end}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/money_print.py" line="289" />
      <source>Đã in báo cáo tình hình «{fund}» đến ngày {date}: {path}</source>
      <translation>Printed the statement of “{fund}” as of {date}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="18" />
      <source>Kế hoạch và chỉ tiêu: liệt kê (list), xem (show ID), các kế hoạch mẫu (examples), nạp kế hoạch mẫu (load-example KEY).</source>
      <translation>Plans and targets: list them (list), show one (show ID), the example plans (examples), load an example plan (load-example KEY).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="22" />
      <source>list | show | examples | load-example</source>
      <translation>list | show | examples | load-example</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="24" />
      <source>số của kế hoạch (show) hoặc tên kế hoạch mẫu (load-example)</source>
      <translation>the plan's number (show) or the example plan's name (load-example)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="27" />
      <source>mã xã/phường hoặc mã tỉnh (P + mã); mặc định: đơn vị của tài khoản hoặc của văn phòng</source>
      <translation>commune/ward code or province code (P + code); default: the account's or the office's unit</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="29" />
      <source>Bảng chỉ tiêu: kế hoạch, thực hiện, chênh lệch của một đơn vị trong một năm, và các CLB chưa đạt chuẩn.</source>
      <translation>Targets table: plan, actual and gap of a unit in a year, and the clubs missing a standard.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="38" />
      <source>kế hoạch (mặc định: kế hoạch của đơn vị trong năm)</source>
      <translation>plan (default: the unit's plan for the year)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="44" />
      <source>kế hoạch (báo cáo sơ kết, tổng kết)</source>
      <translation>plan (interim or final review report)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="67" />
      <source>Thiếu tên kế hoạch mẫu (lệnh plans examples liệt kê).</source>
      <translation>Missing the example plan's name (command plans examples lists them).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="75" />
      <source>Đã nạp kế hoạch mẫu thành kế hoạch số {id}: {title} ({area})</source>
      <translation>Loaded the example as plan no. {id}: {title} ({area})</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="86" />
      <source>Thiếu số của kế hoạch (lệnh plans list liệt kê).</source>
      <translation>Missing the plan's number (command plans list lists them).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="136" />
      <source>Bảng chỉ tiêu năm {year}: {area}</source>
      <translation>Targets for {year}: {area}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="139" />
      <source>Đơn vị chưa có kế hoạch cho năm này (lệnh plans load-example nạp kế hoạch mẫu).</source>
      <translation>The unit has no plan for this year (command plans load-example loads an example plan).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="142" />
      <source>Kế hoạch số {id}: {title}</source>
      <translation>Plan no. {id}: {title}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="146" />
      <source>Chỉ tiêu</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="146" />
      <source>Kế hoạch</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="147" />
      <source>Thực hiện</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="147" />
      <source>Chênh lệch</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="148" />
      <source>Đánh giá</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="150" />
      <source>Số CLB: {n}; CLB chưa đạt chuẩn: {missing}</source>
      <translation>Clubs: {n}; clubs missing a standard: {missing}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="166" />
      <source>Cần --plan ID và --year YYYY (lệnh plans list liệt kê các kế hoạch).</source>
      <translation>--plan ID and --year YYYY are needed (command plans list lists the plans).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/plans.py" line="173" />
      <source>Đã in báo cáo kết quả thực hiện kế hoạch số {id} đến năm {year}: {path}</source>
      <translation>Printed the review report of plan no. {id} up to {year}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="15" />
      <source>Xuất toàn bộ dữ liệu chương trình đang lưu về một thành viên (theo yêu cầu của thành viên): tệp PDF để đọc và tệp JSON cùng tên bên cạnh.</source>
      <translation>Export all the data the program holds about a member (at the member's request): a PDF file to read and a JSON file of the same name next to it.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="19" />
      <source>mã số người</source>
      <translation>person ID</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="20" />
      <source>số CCCD của thành viên</source>
      <translation>the member's citizen ID number</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="22" />
      <source>tệp PDF sẽ tạo (tệp .json cùng tên được ghi bên cạnh)</source>
      <translation>PDF file to create (a .json file of the same name is written next to it)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="26" />
      <source>Ẩn danh hóa một người đã ra khỏi CLB đủ thời gian lưu giữ và không còn nợ vay: xóa họ tên, CCCD, điện thoại, ngày sinh, ghi chú, thôn/tổ, nội dung đồng ý (cả trong nhật ký cũ); giữ giới tính, năm sinh, dân tộc, hoàn cảnh hộ để các số liệu tổng hợp không đổi.</source>
      <translation>Anonymise a person who left the club longer ago than the retention period and owes nothing on loans: erase the name, citizen ID, phone, date of birth, notes, village/group and consent details (also in the old change log); keep sex, year of birth, ethnic group and household status so that summary figures stay the same.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="33" />
      <source>chỉ kiểm tra có ẩn danh hóa được không, không ghi gì</source>
      <translation>only check whether the person can be anonymised; write nothing</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="36" />
      <source>In giấy đồng ý xử lý dữ liệu cá nhân của một thành viên ra tệp PDF (để thành viên ký).</source>
      <translation>Print a member's personal data processing consent form to a PDF file (for the member to sign).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="42" />
      <source>tệp PDF sẽ tạo</source>
      <translation>PDF file to create</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="46" />
      <source>Xem hoặc đặt số năm lưu giữ dữ liệu sau khi thành viên ra khỏi CLB (hết thời gian này mới ẩn danh hóa được). Đặt: cần quyền quản trị.</source>
      <translation>Show or set how many years data is kept after a member leaves the club (only then can it be anonymised). Setting it needs administrator rights.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="49" />
      <source>số năm (0 đến 100)</source>
      <translation>number of years (0 to 100)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="65" />
      <source>Đã ghi dữ liệu của {name} ra tệp {pdf} và {json}</source>
      <translation>The data of {name} has been written to {pdf} and {json}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="76" />
      <source>{name} có thể ẩn danh hóa.</source>
      <translation>{name} can be anonymised.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="80" />
      <source>Đã ẩn danh hóa {name}: nay ghi là «{new}».</source>
      <translation>Anonymised {name}: now recorded as “{new}”.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="86" />
      <source>Các bản sao lưu cũ: đã xóa các thông tin này khỏi {scrubbed} bản; xóa bỏ {deleted} bản không sửa được.</source>
      <translation>Older backups: these details were erased from {scrubbed} copies; {deleted} copies that could not be changed were deleted.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="103" />
      <source>Đã ghi giấy đồng ý của {name} ra tệp {path}</source>
      <translation>The consent form of {name} has been written to {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/privacy.py" line="114" />
      <source>Thời gian lưu giữ sau khi ra khỏi CLB: {years} năm</source>
      <translation>Retention after leaving the club: {years} years</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="14" />
      <source>Sổ văn bản đi theo cơ quan và năm: số đã dùng gần nhất và số tiếp theo (cách nhau bằng dấu tab). Với --body, --year và --next: đặt số tiếp theo của sổ (sổ giấy của phường đang ở số 21 thì --next 22).</source>
      <translation>Outgoing document register by body and year: the last number used and the next one (tab-separated). With --body, --year and --next: set the register's next number (the ward's paper register stands at 21: --next 22).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="18" />
      <source>cơ quan ban hành (ví dụ UBND)</source>
      <translation>issuing body (for example UBND)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="19" />
      <source>năm của sổ</source>
      <translation>year of the register</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="21" />
      <source>số tiếp theo sẽ cấp</source>
      <translation>next number to give</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="24" />
      <source>Các văn bản pháp lý giấy tờ dẫn làm căn cứ: mã, loại, số, ngày ban hành, ngày có hiệu lực, ngày hết hiệu lực, dòng in (cách nhau bằng dấu tab). Với --date: chỉ những căn cứ một quyết định ngày đó được dẫn.</source>
      <translation>The legal texts papers cite: id, kind, number, date issued, in force from, replaced on, line printed (tab-separated). With --date: only the bases a decision of that date cites.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="29" />
      <source>ngày của giấy tờ</source>
      <translation>date of the paper</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="37" />
      <source>Đặt số tiếp theo cần cả --body và --year.</source>
      <translation>Setting the next number needs both --body and --year.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="39" />
      <source>Sổ {body} năm {year}: số tiếp theo là {number:02d}.</source>
      <translation>Register {body} {year}: the next number is {number:02d}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/register_setup.py" line="43" />
      <source>--body dùng cùng --next; để xem sổ, dùng lệnh không có --body.</source>
      <translation>--body goes with --next; to list the registers, leave out --body.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="18" />
      <source>Báo cáo năm và ký duyệt: show (trạng thái báo cáo của mọi đơn vị, hoặc một báo cáo), edit (phần lời), submit (gửi duyệt), approve (duyệt), return (trả lại), reopen (mở lại), diff (số liệu hiện tại khác bản đã duyệt).</source>
      <translation>Annual reports and sign-off: show (the state of every unit's report, or one report), edit (the written sections), submit (send for approval), approve, return, reopen, diff (where the current figures differ from the approved copy).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="23" />
      <source>show | edit | submit | approve | return | reopen | diff</source>
      <translation>show | edit | submit | approve | return | reopen | diff</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="27" />
      <source>họ tên người duyệt (approve)</source>
      <translation>full name of the approver (approve)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="29" />
      <source>chức vụ người duyệt (approve)</source>
      <translation>title of the approver (approve)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="31" />
      <source>cơ quan cấp số văn bản (mặc định: Hội NCT)</source>
      <translation>body that numbers the document (default: the Elderly Association)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="32" />
      <source>lý do (return, reopen)</source>
      <translation>reason (return, reopen)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="33" />
      <source>kết quả đạt được (edit)</source>
      <translation>results achieved (edit)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="35" />
      <source>khó khăn, tồn tại (edit)</source>
      <translation>difficulties and shortcomings (edit)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="36" />
      <source>đề xuất, kiến nghị (edit)</source>
      <translation>proposals and recommendations (edit)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="38" />
      <source>ngày hôm nay theo văn phòng (mặc định: ngày của máy)</source>
      <translation>today's date for the office (default: the computer's date)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="45" />
      <source>mã xã/phường hoặc tỉnh (mã chính thức), VN: toàn quốc</source>
      <translation>official code of the commune/ward or province, VN: the nation</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="51" />
      <source>cấp của --unit khi mã có thể là cả xã/phường và tỉnh (mã một, hai chữ số); mặc định: tỉnh nếu có tỉnh mang mã đó</source>
      <translation>the level of --unit when the code may name both a commune/ward and a province (one or two digits); default: the province if one has that code</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="85" />
      <source>Thiếu --club hoặc --unit: báo cáo của đơn vị nào?</source>
      <translation>Missing --club or --unit: the report of which unit?</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="108" />
      <source>Báo cáo năm {year} của {unit}, phiên bản {version}: {state}</source>
      <translation>Annual report {year} of {unit}, version {version}: {state}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="112" />
      <source>Số {number}, mã kiểm tra số liệu SHA-256 {sha}</source>
      <translation>Number {number}, SHA-256 of the figures {sha}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="135" />
      <source>Chưa lập báo cáo năm {year} cho đơn vị này.</source>
      <translation>No report for {year} has been started for this unit.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="145" />
      <source>mở lại: {reason}</source>
      <translation>reopened: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="156" />
      <source>Báo cáo năm {year} của đơn vị này chưa được duyệt lần nào.</source>
      <translation>This unit's report for {year} has never been approved.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="159" />
      <source>Số liệu hiện tại khớp với bản đã duyệt (phiên bản {version}).</source>
      <translation>The current figures match the approved copy (version {version}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="177" />
      <source>print annual-report cần --club CODE hoặc --unit CODE, và --year YYYY.</source>
      <translation>print annual-report needs --club CODE or --unit CODE, and --year YYYY.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="187" />
      <source>Đã xuất bảng chỉ số: {path}</source>
      <translation>Indicator tables exported: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="191" />
      <source>Đã in bản đã duyệt (đúng bản lưu): {path}</source>
      <translation>Printed the approved copy (the stored file): {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/reports.py" line="192" />
      <source>Đã in bản nháp từ số liệu hiện tại (chưa duyệt): {path}</source>
      <translation>Printed a draft from the current figures (not approved): {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/supervision.py" line="19" />
      <source>Các lần giám sát CLB trong một năm, mỗi lần một dòng: mã CLB, ngày, hình thức, điểm, xếp loại, số kiến nghị chưa thực hiện (cách nhau bằng dấu tab).</source>
      <translation>A year's club supervision visits, one line each: club code, date, kind, score, rating, open recommendations (tab-separated).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/supervision.py" line="23" />
      <source>năm giám sát</source>
      <translation>year of supervision</translation>
    </message>
    <message>
      <location filename="../../ui/cli/supervision.py" line="66" />
      <source>Thiếu --date: ngày của lần giám sát (dd/mm/yyyy).</source>
      <translation>Missing --date: the day of the supervision visit (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/supervision.py" line="78" />
      <source>CLB {code} không có lần giám sát ngày {date} (lệnh supervision liệt kê các lần giám sát).</source>
      <translation>Club {code} has no supervision visit on {date} (the supervision command lists the visits).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/supervision.py" line="82" />
      <source>Đã in biên bản giám sát ngày {date}: {path}</source>
      <translation>Printed the supervision record of {date}: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="22" />
      <source>Tài khoản người dùng: thêm, liệt kê, đổi mật khẩu.</source>
      <translation>User accounts: add, list, change password.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="23" />
      <source>Tài khoản người dùng. Mật khẩu không bao giờ ghi trên dòng lệnh: nhập khi được hỏi, hoặc mỗi dòng một mật khẩu qua đầu vào chuẩn (stdin).</source>
      <translation>User accounts. Passwords are never written on the command line: type them when asked, or give one password per line on standard input (stdin).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="28" />
      <source>Thêm tài khoản. Tài khoản đầu tiên phải là quản trị (admin); từ đó mọi lệnh đều cần --user.</source>
      <translation>Add an account. The first account must be an administrator (admin); from then on every command needs --user.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="30" />
      <source>tên đăng nhập</source>
      <translation>username</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="34" />
      <source>đơn vị: mã xã/phường (ví dụ 1840) hoặc T và mã tỉnh (ví dụ T19 là tỉnh Thái Nguyên)</source>
      <translation>unit: a commune/ward code (e.g. 1840) or T and a province code (e.g. T19 for Thái Nguyên province)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="37" />
      <source>họ và tên (mặc định: tên đăng nhập)</source>
      <translation>full name (default: the username)</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="38" />
      <source>Liệt kê tài khoản, mỗi dòng một tài khoản.</source>
      <translation>List the accounts, one per line.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="39" />
      <source>(quản trị) Đổi vai trò của một tài khoản, ví dụ khi giao việc nhập liệu cho cán bộ mới: user roles quantri --role admin.</source>
      <translation>(admin) Change an account's roles, e.g. when handing data entry to a new staff member: user roles quantri --role admin.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="45" />
      <source>Đổi mật khẩu: của chính mình (chạy với --user là chính mình), hoặc quản trị đặt lại cho người khác (người đó phải đổi khi đăng nhập).</source>
      <translation>Change a password: your own (run with --user as yourself), or an administrator resets someone else's (that user must change it at the next sign-in).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="50" />
      <source>Xác nhận quyền xem dữ liệu nhạy cảm của một tài khoản cùng xã/phường do quản trị tạo hoặc đặt lại mật khẩu (người xác nhận phải đang có quyền đó; quản trị chỉ khi xã/phường chưa có ai có quyền).</source>
      <translation>Confirm the sensitive-data right of an account of the same commune/ward that an administrator created or reset (the one confirming must hold that right; an administrator only while nobody in the commune/ward holds it).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="58" />
      <source>vai trò, một hoặc nhiều, cách nhau bằng dấu phẩy: clerk (cán bộ nhập liệu), approver (người ký duyệt), supervisor (giám sát cấp trên), admin (quản trị); văn phòng một người: admin,clerk</source>
      <translation>role, one or more separated by commas: clerk (data entry), approver (signs papers), supervisor (upper-level supervision), admin (administrator); a one-person office: admin,clerk</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="71" />
      <source>vai trò không có: {value} (chọn trong {choices})</source>
      <translation>no such role: {value} (choose from {choices})</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="87" />
      <source>Mật khẩu mới: </source>
      <translation>New password: </translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="89" />
      <source>Nhập lại mật khẩu mới: </source>
      <translation>Repeat new password: </translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="91" />
      <source>Hai lần nhập mật khẩu không giống nhau; chưa đổi gì.</source>
      <translation>The two passwords do not match; nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="105" />
      <source>Cơ sở dữ liệu đã có tài khoản: hãy chạy lệnh với --user TÊN (mật khẩu qua biến ISHC_PASSWORD, đầu vào chuẩn hoặc khi được hỏi).</source>
      <translation>The database has user accounts: run the command with --user NAME (password from the ISHC_PASSWORD variable, standard input or a prompt).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="113" />
      <source>Mật khẩu của {name} vừa được đặt lại: hãy đổi mật khẩu trước (lệnh: user passwd {name} --user {name}).</source>
      <translation>The password of {name} has just been reset: change it first (command: user passwd {name} --user {name}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="137" />
      <source>Đã tạo tài khoản {name} ({role}, {unit}).</source>
      <translation>Account {name} created ({role}, {unit}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="150" />
      <source>Tài khoản {name} nay có vai trò: {role}.</source>
      <translation>Account {name} now has the roles: {role}.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="153" />
      <source>Quyền xem dữ liệu nhạy cảm của {name} chờ một người đang có quyền đó xác nhận (user confirm-sensitive {name}).</source>
      <translation>The sensitive-data right of {name} waits for confirmation by someone who holds it (user confirm-sensitive {name}).</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="165" />
      <source>ngừng sử dụng</source>
      <translation>deactivated</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="167" />
      <source>đang bị khóa</source>
      <translation>locked</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="169" />
      <source>đang dùng</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="171" />
      <source>, chờ xác nhận quyền xem dữ liệu nhạy cảm</source>
      <translation>, sensitive-data right awaiting confirmation</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="186" />
      <source>Mật khẩu hiện tại: </source>
      <translation>Current password: </translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="196" />
      <source>Đã đổi mật khẩu của {name}.</source>
      <translation>Password of {name} changed.</translation>
    </message>
    <message>
      <location filename="../../ui/cli/users.py" line="205" />
      <source>Đã xác nhận quyền xem dữ liệu nhạy cảm của {name}.</source>
      <translation>Confirmed the sensitive-data right of {name}.</translation>
    </message>
  </context>
  <context>
    <name>ClosePeriodDialog</name>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="44" />
      <source>Khóa sổ quỹ</source>
      <translation>Close the fund books</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="50" />
      <source>Mọi quỹ của CLB</source>
      <translation>All funds of the club</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="52" />
      <source>Chỉ {fund}</source>
      <translation>Only {fund}</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="52" />
      <source>Chỉ quỹ đang chọn</source>
      <translation>Only the selected fund</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="56" />
      <source>Tháng</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="57" />
      <source>Cả năm</source>
      <translation>Whole year</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="74" />
      <source>năm</source>
      <translation>year</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="77" />
      <source>Sau khi khóa sổ, không ghi thêm phiếu và không đảo phiếu có ngày trong kỳ đã khóa được nữa. Hãy đối chiếu sổ quỹ và kiểm kê tiền mặt trước khi khóa.</source>
      <translation>Once the books are closed, no voucher dated in the closed period can be added or reversed. Reconcile the cash book and count the cash before closing.</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="87" />
      <source>Khóa sổ cho:</source>
      <translation>Close the books of:</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="88" />
      <source>Kỳ khóa sổ:</source>
      <translation>Period to close:</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="91" />
      <source>Đã khóa:</source>
      <translation>Already closed:</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="92" />
      <source>Khóa sổ</source>
      <translation>Close the books</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="100" />
      <source>chưa khóa kỳ nào</source>
      <translation>no period closed yet</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="103" />
      <source>năm {year}</source>
      <translation>year {year}</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="104" />
      <source>tháng {month}/{year}</source>
      <translation>month {month}/{year}</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="105" />
      <source>mọi quỹ</source>
      <translation>all funds</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="106" />
      <source>{period} ({who})</source>
      <translation>{period} ({who})</translation>
    </message>
    <message>
      <location filename="../../dialogs/close_period_dialog.py" line="108" />
      <source>… và {n} kỳ trước đó</source>
      <translation>… and {n} earlier period(s)</translation>
    </message>
  </context>
  <context>
    <name>ClubDetail</name>
    <message>
      <location filename="../../ui/club_detail.py" line="41" />
      <source>nay</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="122" />
      <source>Thông tin CLB</source>
      <translation>Club details</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="128" />
      <source>Mã CLB:</source>
      <translation>Club code:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="128" />
      <source>Xã/phường:</source>
      <translation>Commune/ward:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="129" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="129" />
      <source>Giai đoạn kế hoạch:</source>
      <translation>Plan period:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="130" />
      <source>Trạng thái:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="130" />
      <source>Ngày sinh hoạt:</source>
      <translation>Meeting day:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="131" />
      <source>Địa điểm sinh hoạt:</source>
      <translation>Meeting place:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="132" />
      <source>Quyết định thành lập:</source>
      <translation>Founding decision:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="133" />
      <source>Cơ quan ra quyết định:</source>
      <translation>Issuing authority:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="133" />
      <source>Lễ ra mắt:</source>
      <translation>Launch ceremony:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="134" />
      <source>Quy chế:</source>
      <translation>Statute:</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="150" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="150" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="150" />
      <source>Năm sinh</source>
      <translation>Born</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="150" />
      <source>Nhiệm kỳ</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="153" />
      <source>Chỉ tiêu</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="153" />
      <source>Hiện có</source>
      <translation>Current</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="153" />
      <source>Chuẩn</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="153" />
      <source>Đánh giá</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="155" />
      <source>Tên tổ/nhóm</source>
      <translation>Group name</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="155" />
      <source>Số thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="157" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="157" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="157" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="167" />
      <source>Ban chủ nhiệm</source>
      <translation>Management board</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="168" />
      <source>Cơ cấu thành viên</source>
      <translation>Membership composition</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="170" />
      <source>Tổ/nhóm</source>
      <translation>Groups</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="171" />
      <source>Lịch sử trạng thái</source>
      <translation>Status history</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="178" />
      <source>Chọn một CLB trong danh sách để xem chi tiết.</source>
      <translation>Select a club in the list to see its details.</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="195" />
      <source>{status} (từ ngày {date})</source>
      <translation>{status} (since {date})</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="198" />
      <source>Đã thông qua ngày {date}</source>
      <translation>Adopted on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="200" />
      <source>Chưa thông qua</source>
      <translation>Not yet adopted</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="225" />
      <source>Đạt</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../ui/club_detail.py" line="225" />
      <source>Chưa đạt</source>
      <translation>Not met</translation>
    </message>
  </context>
  <context>
    <name>ClubDialog</name>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="52" />
      <source>Sửa thông tin CLB</source>
      <translation>Edit club details</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="52" />
      <source>Thêm CLB dự kiến</source>
      <translation>Add planned club</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="58" />
      <source>VD: DX01</source>
      <translation>e.g. DX01</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="60" />
      <source>VD: CLB Liên thế hệ tự giúp nhau tổ 1</source>
      <translation>e.g. CLB Liên thế hệ tự giúp nhau tổ 1</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="62" />
      <source>(chưa khai báo xã/phường)</source>
      <translation>(commune/ward not set)</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="71" />
      <source>VD: ngày 15 hằng tháng</source>
      <translation>e.g. ngày 15 hằng tháng (the 15th of each month)</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="73" />
      <source>VD: Nhà văn hóa tổ 1</source>
      <translation>e.g. Nhà văn hóa tổ 1 (community hall)</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="78" />
      <source>Mã CLB:</source>
      <translation>Club code:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="79" />
      <source>Tên CLB:</source>
      <translation>Club name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="80" />
      <source>Xã/phường:</source>
      <translation>Commune/ward:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="81" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="83" />
      <source>Giai đoạn kế hoạch:</source>
      <translation>Plan period:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="85" />
      <source>Ngày sinh hoạt:</source>
      <translation>Meeting day:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="87" />
      <source>Địa điểm sinh hoạt:</source>
      <translation>Meeting place:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="89" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="94" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="95" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/club_dialog.py" line="116" />
      <source>(không còn)</source>
      <translation>(no longer exists)</translation>
    </message>
  </context>
  <context>
    <name>ClubsModel</name>
    <message>
      <location filename="../../ui/clubs_model.py" line="47" />
      <source>số thành viên</source>
      <translation>members</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="48" />
      <source>NCT</source>
      <translation>older people</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="49" />
      <source>nữ</source>
      <translation>women</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="50" />
      <source>hộ nghèo/khó khăn</source>
      <translation>poor/hardship</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="51" />
      <source>TNV chăm sóc</source>
      <translation>home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="65" />
      <source>{number} ngày {date}</source>
      <translation>{number} of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="96" />
      <source>Chưa có thành viên</source>
      <translation>No members yet</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="98" />
      <source>Đạt chuẩn</source>
      <translation>Meets standard</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="100" />
      <source>Chưa đạt: {figures}</source>
      <translation>Not met: {figures}</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="108" />
      <source>chuẩn</source>
      <translation>standard</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="119" />
      <source>Mã CLB</source>
      <translation>Club code</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="120" />
      <source>Tên CLB</source>
      <translation>Club name</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="121" />
      <source>Thôn/tổ dân phố</source>
      <translation>Village/group</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="122" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="123" />
      <source>Quyết định thành lập</source>
      <translation>Founding decision</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="124" />
      <source>Số thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="125" />
      <source>Cơ cấu</source>
      <translation>Composition</translation>
    </message>
    <message>
      <location filename="../../ui/clubs_model.py" line="155" />
      <source>Từ ngày {date}</source>
      <translation>Since {date}</translation>
    </message>
  </context>
  <context>
    <name>ClubsPage</name>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="53" />
      <source>Câu lạc bộ</source>
      <translation>Clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="56" />
      <source>Tìm theo mã hoặc tên CLB…</source>
      <translation>Search by club code or name…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="59" />
      <source>Mọi trạng thái</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="62" />
      <source>Thêm CLB dự kiến</source>
      <translation>Add planned club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="63" />
      <source>Sửa</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="64" />
      <source>Thành lập CLB…</source>
      <translation>Establish club…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="65" />
      <source>Đổi trạng thái…</source>
      <translation>Change status…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="66" />
      <source>In giấy tờ…</source>
      <translation>Print papers…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="67" />
      <source>Quyết định, giấy chứng nhận, biên bản ra mắt, quy chế, danh sách thành viên của CLB đang chọn</source>
      <translation>Decision, certificate, launch minutes, statute and member list of the selected club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="171" />
      <source>{n} CLB</source>
      <translation>Clubs: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="173" />
      <source>Hiện {shown} trong {n} CLB</source>
      <translation>Showing {shown} of {n} clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/clubs_page.py" line="190" />
      <source>Chưa có CLB nào. Bấm «Thêm CLB dự kiến» để ghi CLB đầu tiên.</source>
      <translation>No clubs yet. Click “Add planned club” to record the first one.</translation>
    </message>
  </context>
  <context>
    <name>CompositionPanel</name>
    <message>
      <location filename="../../ui/composition_panel.py" line="26" />
      <source>Số thành viên</source>
      <translation>Number of members</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="27" />
      <source>Người cao tuổi (≥ {age} tuổi)</source>
      <translation>Older people (aged {age}+)</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="28" />
      <source>Nữ</source>
      <translation>Women</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="29" />
      <source>Nghèo/cận nghèo/khó khăn</source>
      <translation>Poor/near-poor/in hardship</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="30" />
      <source>TNV chăm sóc tại nhà</source>
      <translation>Home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="53" />
      <source>✔ Đạt</source>
      <translation>✔ Met</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="53" />
      <source>✘ Chưa đạt</source>
      <translation>✘ Not met</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="66" />
      <source>Cơ cấu thành viên</source>
      <translation>Membership composition</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="72" />
      <source>Chọn một CLB để xem cơ cấu thành viên.</source>
      <translation>Select a club to see its membership composition.</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="79" />
      <source>Tính đến ngày:</source>
      <translation>As of:</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="143" />
      <source>Ngày không hợp lệ, gõ theo dạng dd/mm/yyyy</source>
      <translation>Invalid date; type it as dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="163" />
      <source>Chuẩn: {standard}</source>
      <translation>Standard: {standard}</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="170" />
      <source>CLB chưa có thành viên vào ngày này.</source>
      <translation>The club had no members on this date.</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="172" />
      <source>Đạt chuẩn cơ cấu thành viên.</source>
      <translation>Meets the membership composition standard.</translation>
    </message>
    <message>
      <location filename="../../ui/composition_panel.py" line="175" />
      <source>Chưa đạt {n}/{total} chỉ tiêu cơ cấu.</source>
      <translation>{n} of {total} composition indicators not met.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionDialog</name>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="41" />
      <source>Không mã hóa (chỉ trong mạng nội bộ tin cậy)</source>
      <translation>No encryption (trusted local network only)</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="42" />
      <source>Mã hóa nếu máy chủ hỗ trợ</source>
      <translation>Encrypt if the server supports it</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="43" />
      <source>Bắt buộc mã hóa</source>
      <translation>Always encrypt</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="44" />
      <source>Bắt buộc mã hóa và kiểm tra chứng chỉ máy chủ</source>
      <translation>Always encrypt and verify the server certificate</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="53" />
      <source>Kết nối máy chủ dữ liệu dùng chung</source>
      <translation>Connect to the shared data server</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="58" />
      <source>ví dụ 192.168.1.10 hoặc csdl.hoinct.vn</source>
      <translation>e.g. 192.168.1.10 or csdl.hoinct.vn</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="67" />
      <source>Lưu mật khẩu trên máy này</source>
      <translation>Save the password on this computer</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="76" />
      <source>Máy chủ:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="78" />
      <source>Cổng:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="80" />
      <source>Tên cơ sở dữ liệu:</source>
      <translation>Database name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="82" />
      <source>Tên đăng nhập:</source>
      <translation>Username:</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="84" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="86" />
      <source>Mã hóa SSL:</source>
      <translation>SSL encryption:</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="88" />
      <source>Không lưu mật khẩu thì chương trình lấy mật khẩu từ tệp pgpass của Windows (xem Hướng dẫn quản trị). Thiết lập có hiệu lực từ lần mở chương trình sau.</source>
      <translation>If the password is not saved, the program takes it from the Windows pgpass file (see the Administrator guide). The settings take effect the next time the program starts.</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="99" />
      <source>Thử kết nối</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="100" />
      <source>Dùng dữ liệu trên máy này</source>
      <translation>Use the data on this computer</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="102" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="104" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="126" />
      <source>Hiện chương trình dùng dữ liệu trên máy này (tệp SQLite).</source>
      <translation>The program currently uses the data on this computer (SQLite file).</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="128" />
      <source>Hiện chương trình dùng máy chủ {host}, cơ sở dữ liệu {database}.</source>
      <translation>The program currently uses server {host}, database {database}.</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="151" />
      <source>Đang kết nối tới {host}…</source>
      <translation>Connecting to {host}…</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="158" />
      <source>Kết nối được: PostgreSQL {version}.</source>
      <translation>Connected: PostgreSQL {version}.</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="167" />
      <source>Không kết nối được: {reason}</source>
      <translation>Cannot connect: {reason}</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="187" />
      <source>Không kết nối được máy chủ</source>
      <translation>Cannot connect to the server</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="187" />
      <source>Không kết nối được máy chủ dữ liệu dùng chung {where}:
{error}

Kiểm tra mạng hoặc hỏi người quản trị. Có thể sửa thiết lập kết nối, hoặc quay về dữ liệu trên máy này.</source>
      <translation>Cannot connect to the shared data server {where}:
{error}

Check the network or ask the administrator. You can change the connection settings, or go back to the data on this computer.</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="192" />
      <source>Thiết lập kết nối…</source>
      <translation>Connection settings…</translation>
    </message>
    <message>
      <location filename="../../dialogs/connection_dialog.py" line="193" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>CourseDialog</name>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="43" />
      <source>Thêm khóa tập huấn</source>
      <translation>Add training course</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="49" />
      <source>VD: Tập huấn quản lý quỹ quay vòng</source>
      <translation>e.g. Training on managing the revolving fund</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="63" />
      <source>Thêm thành viên</source>
      <translation>Add member</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="65" />
      <source>Họ và tên cán bộ</source>
      <translation>Official's full name</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="66" />
      <source>Chức vụ, VD: cán bộ Hội NCT</source>
      <translation>Position, e.g. Elderly Association officer</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="67" />
      <source>Thêm cán bộ</source>
      <translation>Add official</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="70" />
      <source>Bỏ người đã chọn</source>
      <translation>Remove selected</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="73" />
      <source>Tên khóa:</source>
      <translation>Course:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="74" />
      <source>Loại:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="75" />
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="76" />
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="78" />
      <source>Đơn vị tổ chức:</source>
      <translation>Organiser:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="80" />
      <source>Địa điểm:</source>
      <translation>Place:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="81" />
      <source>Tài liệu:</source>
      <translation>Materials:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="82" />
      <source>Thành viên CLB:</source>
      <translation>Club members:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="84" />
      <source>Cán bộ:</source>
      <translation>Officials:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="86" />
      <source>Người dự:</source>
      <translation>Attendees:</translation>
    </message>
    <message>
      <location filename="../../dialogs/course_dialog.py" line="88" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>DashboardModels</name>
    <message>
      <location filename="../../ui/dashboard_models.py" line="23" />
      <source>Chỉ tiêu</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard_models.py" line="24" />
      <source>Kế hoạch</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard_models.py" line="25" />
      <source>Thực hiện</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard_models.py" line="26" />
      <source>Chênh lệch</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard_models.py" line="27" />
      <source>Đánh giá</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard_models.py" line="45" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard_models.py" line="46" />
      <source>Chưa đạt chuẩn</source>
      <translation>Standard missed</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="78" />
      <source>Cả năm</source>
      <translation>Whole year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="78" />
      <source>6 tháng đầu năm</source>
      <translation>First six months</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="79" />
      <source>Từ đầu năm đến hôm nay</source>
      <translation>Year to date</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="85" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="89" />
      <source>Kế hoạch…</source>
      <translation>Plan…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="90" />
      <source>Xem, sửa kế hoạch, chỉ tiêu và kinh phí</source>
      <translation>View and edit the plan, its targets and budget</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="91" />
      <source>Nạp kế hoạch mẫu</source>
      <translation>Load an example plan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="101" />
      <source>Nhấn đúp để mở CLB</source>
      <translation>Double-click to open the club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="105" />
      <source>Thành viên mỗi CLB</source>
      <translation>Members per club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="106" />
      <source>Cơ cấu mỗi CLB (%)</source>
      <translation>Composition per club (%)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="107" />
      <source>Sinh hoạt mỗi CLB</source>
      <translation>Meetings per club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="108" />
      <source>Tỷ lệ CLB đạt</source>
      <translation>Clubs meeting standards</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="109" />
      <source>Quỹ và cho vay theo năm</source>
      <translation>Funds and loans by year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="110" />
      <source>Kinh phí: kế hoạch và đã cấp</source>
      <translation>Budget: planned and granted</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="118" />
      <source>CLB chưa đạt chuẩn (nhấn đúp để mở CLB):</source>
      <translation>Clubs missing a standard (double-click to open the club):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="162" />
      <source>Đang tính bảng chỉ tiêu…</source>
      <translation>Computing the targets…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="168" />
      <source>{area}: chưa có kế hoạch cho năm này.</source>
      <translation>{area}: no plan for this year.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="173" />
      <source>{clubs} CLB, {members} thành viên ({older} người cao tuổi, {women} nữ); {borrowers} thành viên vay vốn; {meetings} buổi sinh hoạt; {missing} CLB chưa đạt chuẩn.</source>
      <translation>{clubs} clubs, {members} members ({older} older people, {women} women); {borrowers} members borrowed; {meetings} meetings held; {missing} clubs missing a standard.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="212" />
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="219" />
      <source>Chuẩn {low}–{high}</source>
      <translation>Standard {low}–{high}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="234" />
      <source>Số thành viên mỗi CLB so với chuẩn</source>
      <translation>Members per club against the standard</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="241" />
      <source>Người cao tuổi</source>
      <translation>Older people</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="242" />
      <source>Nữ</source>
      <translation>Women</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="243" />
      <source>Nghèo, khó khăn</source>
      <translation>Poor or in hardship</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="248" />
      <source>Cơ cấu thành viên mỗi CLB (%)</source>
      <translation>Composition of each club (%)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="252" />
      <source>Buổi sinh hoạt</source>
      <translation>Meetings held</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="252" />
      <source>Số tháng phải họp</source>
      <translation>Months to meet</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="261" />
      <source>Buổi sinh hoạt đã tổ chức mỗi CLB</source>
      <translation>Meetings held by each club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="266" />
      <source>Tỷ lệ CLB (%)</source>
      <translation>Clubs (%)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="272" />
      <source>Tập huấn</source>
      <translation>Trained</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="272" />
      <source>Giám sát</source>
      <translation>Supervised</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="272" />
      <source>Đủ hai quỹ</source>
      <translation>Both funds</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="273" />
      <source>Đủ thành viên</source>
      <translation>Members in band</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="273" />
      <source>Đạt cơ cấu</source>
      <translation>Composition met</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="288" />
      <source>Tập huấn {trained}/{clubs} CLB, giám sát {supervised}/{clubs} CLB</source>
      <translation>Trained {trained}/{clubs} clubs, supervised {supervised}/{clubs} clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="296" />
      <source>Quỹ tăng thu nhập</source>
      <translation>Income-generation fund</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="297" />
      <source>Quỹ hoạt động</source>
      <translation>Activity fund</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="298" />
      <source>Cho vay trong năm</source>
      <translation>Loans disbursed in the year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="307" />
      <source>Số dư quỹ cuối năm và tiền cho vay (triệu đồng)</source>
      <translation>Fund balances at year end and loans (million đồng)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="311" />
      <source>Kế hoạch</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="311" />
      <source>Đã cấp</source>
      <translation>Granted</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard_page.py" line="323" />
      <source>Kinh phí theo năm (triệu đồng): {sources}</source>
      <translation>Budget by year (million đồng): {sources}</translation>
    </message>
  </context>
  <context>
    <name>DocumentSettingsTab</name>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="38" />
      <source>Lề trên:</source>
      <translation>Top margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="39" />
      <source>Lề dưới:</source>
      <translation>Bottom margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="40" />
      <source>Lề trái:</source>
      <translation>Left margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="41" />
      <source>Lề phải:</source>
      <translation>Right margin:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="42" />
      <source>Cỡ chữ phần nội dung:</source>
      <translation>Body text size:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="53" />
      <source>từ {low} đến {high}</source>
      <translation>from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="55" />
      <source>Khổ giấy A4. Lề và cỡ chữ theo Nghị định 30/2020/NĐ-CP về công tác văn thư; áp dụng cho quyết định, biên bản, quy chế và danh sách thành viên in từ nay (văn bản đã ban hành giữ nguyên bản đã lưu).</source>
      <translation>A4 paper. Margins and text size follow Decree 30/2020/NĐ-CP on clerical work; they apply to decisions, minutes, statutes and member lists printed from now on (documents already issued keep their stored copies).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="61" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="62" />
      <source>Về mức mặc định</source>
      <translation>Restore defaults</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_documents.py" line="92" />
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="46" />
      <source>Số, ký hiệu</source>
      <translation>Number/code</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="47" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="48" />
      <source>Loại văn bản</source>
      <translation>Document type</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="49" />
      <source>Trích yếu</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="50" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="51" />
      <source>Người ký</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="52" />
      <source>Người ban hành</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="91" />
      <source>Văn bản</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="96" />
      <source>Mọi năm</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="98" />
      <source>Mọi cơ quan ban hành</source>
      <translation>All issuing bodies</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="99" />
      <source>Tạo văn bản…</source>
      <translation>New document…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="100" />
      <source>Xem/In lại</source>
      <translation>View/Reprint</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="101" />
      <source>Mở đúng bản đã lưu khi ban hành để xem, in hoặc lưu</source>
      <translation>Open the exact copy stored when it was issued, to view, print or save it</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="120" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="160" />
      <source>Đang tải…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="177" />
      <source>{n} văn bản</source>
      <translation>Documents: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="178" />
      <source>Chưa có văn bản nào được ban hành.</source>
      <translation>No documents have been issued yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/documents_page.py" line="193" />
      <source>{paper} số {number}</source>
      <translation>{paper} No. {number}</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="68" />
      <source>Phiếu thu mới</source>
      <translation>New receipt</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="68" />
      <source>Phiếu chi mới</source>
      <translation>New payment</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="72" />
      <source>Thành viên CLB</source>
      <translation>Club member</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="73" />
      <source>Người/đơn vị ngoài CLB</source>
      <translation>Person/organisation outside the club</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="77" />
      <source>Gõ tên thành viên, VD: nguyen thi hue</source>
      <translation>Type the member's name, e.g. nguyen thi hue</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="83" />
      <source>VD: UBND phường Đức Xuân</source>
      <translation>e.g. UBND phường Đức Xuân</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="83" />
      <source>VD: Cửa hàng Minh Phát</source>
      <translation>e.g. Cửa hàng Minh Phát</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="85" />
      <source>— Chọn khoản mục —</source>
      <translation>— Choose a category —</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="90" />
      <source>VD: Thu hội phí tháng 11/2026</source>
      <translation>e.g. Membership fees for 11/2026</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="91" />
      <source>VD: Chi mua quà thăm hỏi thành viên ốm</source>
      <translation>e.g. Gifts for visiting sick members</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="119" />
      <source>{fund} — {club}</source>
      <translation>{fund} — {club}</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="138" />
      <source>đồng</source>
      <translation>đồng</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="145" />
      <source>Ngày:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="147" />
      <source>Người nộp tiền:</source>
      <translation>Paid by:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="147" />
      <source>Người nhận tiền:</source>
      <translation>Paid to:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="148" />
      <source>Khoản mục:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="150" />
      <source>Nội dung:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="150" />
      <source>Lý do chi:</source>
      <translation>Reason for payment:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="152" />
      <source>Số tiền:</source>
      <translation>Amount:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="153" />
      <source>Số dư quỹ:</source>
      <translation>Fund balance:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="154" />
      <source>Kèm theo:</source>
      <translation>Attached:</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="160" />
      <source>Lưu phiếu thu</source>
      <translation>Save receipt voucher</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="161" />
      <source>Lưu phiếu chi</source>
      <translation>Save payment voucher</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="168" />
      <source>chứng từ gốc</source>
      <translation>source document(s)</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="175" />
      <source>{name} ({year})</source>
      <translation>{name} ({year})</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="177" />
      <source>— đã ra khỏi CLB</source>
      <translation>— has left the club</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="211" />
      <source>cuối ngày {date}: {now} đ</source>
      <translation>end of {date}: {now} đ</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="214" />
      <source> → sau phiếu này: {after} đ</source>
      <translation> → after this voucher: {after} đ</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="222" />
      <source>Số dư ngày {date} chỉ còn {low} đ: chỉ chi được tối đa {low} đ vào ngày đã chọn.</source>
      <translation>The balance on {date} is only {low} đ: at most {low} đ can be paid out on the chosen date.</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="226" />
      <source>Quỹ không đủ tiền để chi khoản này.</source>
      <translation>The fund does not have enough money for this payment.</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="265" />
      <source>Đã lưu phiếu</source>
      <translation>Voucher saved</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="266" />
      <source>Đã lưu phiếu {code}. In phiếu ngay?</source>
      <translation>Voucher {code} saved. Print it now?</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="268" />
      <source>In phiếu</source>
      <translation>Print voucher</translation>
    </message>
    <message>
      <location filename="../../dialogs/entry_dialog.py" line="269" />
      <source>Để sau</source>
      <translation>Later</translation>
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
    <name>ExchangePage</name>
    <message>
      <location filename="../../ui/exchange_models.py" line="19" />
      <source>Dấu vân tay</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="20" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="21" />
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="22" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="23" />
      <source>Tin cậy từ</source>
      <translation>Trusted since</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="24" />
      <source>Tình trạng</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="28" />
      <source>Thu hồi {date}</source>
      <translation>Revoked {date}</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="29" />
      <source>Đang dùng</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="34" />
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="38" />
      <source>Phiên bản</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="39" />
      <source>Cộng số liệu</source>
      <translation>In the totals</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="40" />
      <source>Khóa ký</source>
      <translation>Signing key</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="41" />
      <source>Nhận ngày</source>
      <translation>Received on</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="42" />
      <source>Người nhận</source>
      <translation>Received by</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_models.py" line="45" />
      <source>Đã có bản mới hơn</source>
      <translation>Replaced by a newer version</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="45" />
      <source>Tệp khóa công khai (*.key *.pem *.json);;Mọi tệp (*)</source>
      <translation>Public key files (*.key *.pem *.json);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="49" />
      <source>Gói báo cáo (*.ishcpkg *.json);;Mọi tệp (*)</source>
      <translation>Report packages (*.ishcpkg *.json);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="61" />
      <source>Khóa và gói báo cáo</source>
      <translation>Keys and report packages</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="71" />
      <source>mã đơn vị</source>
      <translation>unit code</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="72" />
      <source>Đặt đơn vị</source>
      <translation>Set unit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="73" />
      <source>Văn phòng tỉnh: cấp tỉnh và mã tỉnh; văn phòng toàn quốc: cấp toàn quốc; CLB tự giữ dữ liệu: mã CLB.</source>
      <translation>A province office: province level and the province code; the national office: nation level; a club keeping its own data: the club code.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="79" />
      <source>Lưu tệp khóa công khai…</source>
      <translation>Save public key file…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="82" />
      <source>Tin cậy khóa từ tệp…</source>
      <translation>Trust a key from a file…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="83" />
      <source>Thu hồi khóa đã chọn</source>
      <translation>Revoke the selected key</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="84" />
      <source>Nhận gói báo cáo…</source>
      <translation>Receive a report package…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="90" />
      <source>Xem báo cáo (PDF)…</source>
      <translation>View report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="94" />
      <source>Khóa của văn phòng này</source>
      <translation>This office's key</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="104" />
      <source>Dấu vân tay:</source>
      <translation>Fingerprint:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="109" />
      <source>Gửi tệp khóa công khai cho cấp trên, rồi gọi điện đọc dấu vân tay để cấp trên đối chiếu. Khóa bí mật không bao giờ ra khỏi dữ liệu của văn phòng.</source>
      <translation>Send the public key file to the level above, then phone and read the fingerprint aloud so they can compare it. The private key never leaves this office's data.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="116" />
      <source>Khóa tin cậy của các đơn vị cấp dưới</source>
      <translation>Trusted keys of the units below</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="126" />
      <source>Báo cáo đã nhận</source>
      <translation>Received reports</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="155" />
      <source>Đơn vị: {unit}</source>
      <translation>Unit: {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="157" />
      <source>Chưa khai báo đơn vị của văn phòng.</source>
      <translation>This office's unit is not set yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="189" />
      <source>Báo cáo năm {year} của {unit}, phiên bản {version}</source>
      <translation>{year} report of {unit}, version {version}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="214" />
      <source>Lưu tệp khóa công khai</source>
      <translation>Save public key file</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="227" />
      <source>Chọn tệp khóa công khai</source>
      <translation>Choose a public key file</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="237" />
      <source>Khóa của {unit}

Dấu vân tay:
{fp}

Gọi điện cho đơn vị đó và đọc đối chiếu từng nhóm. Chỉ tin cậy khi khớp hoàn toàn.

Tin cậy khóa này?</source>
      <translation>Key of {unit}

Fingerprint:
{fp}

Phone that unit and compare it group by group. Trust it only if every group matches.

Trust this key?</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="241" />
      <source>Tin cậy khóa</source>
      <translation>Trust key</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="251" />
      <source>Thu hồi khóa</source>
      <translation>Revoke key</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="251" />
      <source>Thu hồi khóa {fp} của {unit}? Gói ký bằng khóa này sẽ bị từ chối; báo cáo đã nhận vẫn được giữ.</source>
      <translation>Revoke key {fp} of {unit}? Packages signed with it will be refused; reports already received are kept.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="264" />
      <source>Chọn gói báo cáo</source>
      <translation>Choose a report package</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="268" />
      <source>Đang kiểm tra gói báo cáo…</source>
      <translation>Checking the report package…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="277" />
      <source>Đã nhận báo cáo năm {year} của {unit}, phiên bản {version}: chữ ký và mã băm hợp lệ.</source>
      <translation>Received the {year} report of {unit}, version {version}: signature and hashes valid.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="281" />
      <source>Phiên bản này thay phiên bản {old} khi cộng số liệu; phiên bản cũ vẫn được giữ.</source>
      <translation>This version replaces version {old} in the totals; the older version is kept.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/exchange_page.py" line="288" />
      <source>Không nhận gói này. {reason}</source>
      <translation>Package not accepted. {reason}</translation>
    </message>
  </context>
  <context>
    <name>FoundingWizard</name>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="60" />
      <source>Bước 1. Quyết định thành lập</source>
      <translation>Step 1. Founding decision</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="61" />
      <source>Quyết định của UBND xã/phường, lễ ra mắt và quy chế của CLB.</source>
      <translation>Decision of the commune/ward People's Committee, launch ceremony and club statute.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="63" />
      <source>VD: 125/QĐ-UBND</source>
      <translation>e.g. 125/QĐ-UBND</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="69" />
      <source>Quy chế hoạt động đã được thông qua</source>
      <translation>The club statute has been adopted</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="82" />
      <source>Số quyết định:</source>
      <translation>Decision number:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="85" />
      <source>Ngày quyết định:</source>
      <translation>Decision date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="87" />
      <source>Cơ quan ra quyết định:</source>
      <translation>Issuing authority:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="89" />
      <source>Ngày lễ ra mắt:</source>
      <translation>Launch ceremony date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="91" />
      <source>Quy chế:</source>
      <translation>Statute:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="92" />
      <source>Ngày thông qua quy chế:</source>
      <translation>Statute adopted on:</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="138" />
      <source>Bước 2. Tổ/nhóm</source>
      <translation>Step 2. Groups</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="139" />
      <source>Các tổ/nhóm của CLB. Có thể thêm, xóa, đổi tên (bấm đúp) và đổi thứ tự; để trống nếu CLB chưa chia tổ/nhóm.</source>
      <translation>The club's groups. You can add, delete, rename (double-click) and reorder them; leave the list empty if the club has no groups yet.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="146" />
      <source>Thêm tổ/nhóm</source>
      <translation>Add group</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="146" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="147" />
      <source>Lên</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="147" />
      <source>Xuống</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="172" />
      <source>Nhóm {n}</source>
      <translation>Nhóm {n}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="203" />
      <source>Bước 3. Ban chủ nhiệm</source>
      <translation>Step 3. Management board</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="204" />
      <source>Mỗi dòng một người: chọn thành viên đang sinh hoạt của CLB hoặc nhập người mới (người mới được ghi vào danh sách thành viên).</source>
      <translation>One person per row: choose an active member of the club or enter a new person (new people are added to the member list).</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="229" />
      <source>Bước 4. Xác nhận</source>
      <translation>Step 4. Confirm</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="230" />
      <source>Kiểm tra lại rồi bấm «Thành lập» để ghi vào dữ liệu.</source>
      <translation>Check everything, then click “Establish” to save it.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="250" />
      <source>Thành lập CLB {code}</source>
      <translation>Establish club {code}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="253" />
      <source>&lt; Quay lại</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="254" />
      <source>Tiếp &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="255" />
      <source>Thành lập</source>
      <translation>Establish</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="256" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="268" />
      <source>Số tiếp theo trong sổ văn bản của UBND năm {year}: {number}</source>
      <translation>Next number in the People's Committee's register for {year}: {number}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="345" />
      <source>Chưa thông qua</source>
      <translation>Not yet adopted</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="347" />
      <source>Đã thông qua (chưa ghi ngày)</source>
      <translation>Adopted (date not recorded)</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="348" />
      <source>Đã thông qua ngày {date}</source>
      <translation>Adopted on {date}</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="355" />
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="356" />
      <source>Ngày quyết định</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="357" />
      <source>Cơ quan ra quyết định</source>
      <translation>Issuing authority</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="358" />
      <source>Ngày lễ ra mắt</source>
      <translation>Launch ceremony date</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="359" />
      <source>Quy chế</source>
      <translation>Statute</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="361" />
      <source>Câu lạc bộ</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="365" />
      <source>Tổ/nhóm ({n})</source>
      <translation>Groups ({n})</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="369" />
      <source>Chưa chia tổ/nhóm.</source>
      <translation>No groups.</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="370" />
      <source>Ban chủ nhiệm ({n} người)</source>
      <translation>Management board ({n})</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="372" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="372" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="372" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="373" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="373" />
      <source>Nhiệm kỳ</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../dialogs/founding_wizard.py" line="377" />
      <source>Khi bấm «Thành lập», CLB chuyển sang trạng thái «{status}» từ ngày quyết định; người mới trong Ban chủ nhiệm được ghi vào danh sách thành viên.</source>
      <translation>When you click “Establish”, the club's status becomes “{status}” from the decision date; new people on the management board are added to the member list.</translation>
    </message>
  </context>
  <context>
    <name>FundFiguresView</name>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="68" />
      <source>Chỉ tiêu</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="69" />
      <source>Cộng</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="86" />
      <source>Tồn đầu kỳ</source>
      <translation>Opening balance</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="88" />
      <source>Thu trong kỳ, theo nguồn</source>
      <translation>Receipts in the period, by source</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="89" />
      <source>Cộng thu</source>
      <translation>Total receipts</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="90" />
      <source>Chi trong kỳ, theo mục đích</source>
      <translation>Payments in the period, by purpose</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="91" />
      <source>Cộng chi</source>
      <translation>Total payments</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="98" />
      <source>Tồn cuối kỳ</source>
      <translation>Closing balance</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="100" />
      <source>Tồn cuối kỳ của từng CLB</source>
      <translation>Closing balance of each club</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="126" />
      <source>Kỳ: từ {start} đến {end}</source>
      <translation>Period: from {start} to {end}</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="128" />
      <source>Đơn vị tính: đồng</source>
      <translation>Unit: đồng</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="223" />
      <source>Số liệu quỹ</source>
      <translation>Fund figures</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="229" />
      <source>Tất cả CLB của {unit}</source>
      <translation>All clubs of {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="237" />
      <source>Xem</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="238" />
      <source>Xuất Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="239" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="255" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="257" />
      <source>Kỳ từ</source>
      <translation>Period from</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="259" />
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="297" />
      <source>Kỳ chưa đúng: ngày dạng dd/mm/yyyy, từ ngày không sau đến ngày.</source>
      <translation>Invalid period: dates as dd/mm/yyyy, the start no later than the end.</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="301" />
      <source>Chưa có câu lạc bộ nào.</source>
      <translation>There are no clubs yet.</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="305" />
      <source>Số liệu quỹ: {what}</source>
      <translation>Fund figures: {what}</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="306" />
      <source>Đang tính số liệu…</source>
      <translation>Calculating the figures…</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="323" />
      <source>{title}, từ {start} đến {end} (đơn vị: đồng)</source>
      <translation>{title}, from {start} to {end} (unit: đồng)</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="332" />
      <source>Chưa có quỹ nào trong kỳ này.</source>
      <translation>No funds in this period.</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="340" />
      <source>Không tính được số liệu: {reason}</source>
      <translation>Cannot calculate the figures: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="346" />
      <source>Xuất số liệu quỹ ra Excel</source>
      <translation>Export the fund figures to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="347" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="361" />
      <source>tất cả CLB</source>
      <translation>all clubs</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="362" />
      <source>Số liệu quỹ {what} {start} - {end}.xlsx</source>
      <translation>Fund figures {what} {start} - {end}.xlsx</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="368" />
      <source>Đã xuất Excel</source>
      <translation>Exported to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="368" />
      <source>Đã xuất số liệu quỹ ra tệp:
{path}</source>
      <translation>The fund figures have been exported to:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="370" />
      <source>Chưa lưu được tệp</source>
      <translation>File not saved</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="370" />
      <source>Không ghi được tệp:
{path}

Lý do: {reason}</source>
      <translation>Cannot write the file:
{path}

Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/fund_figures_view.py" line="372" />
      <source>không có quyền ghi, hoặc tệp đang mở trong Excel</source>
      <translation>no permission to write, or the file is open in Excel</translation>
    </message>
  </context>
  <context>
    <name>FundsPage</name>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="37" />
      <source>{kind} {code}</source>
      <translation>{kind} {code}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="52" />
      <source>Sổ quỹ — {fund}, {start} – {end}</source>
      <translation>Cash book — {fund}, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="54" />
      <source>Sổ quỹ {start} - {end}.pdf</source>
      <translation>Cash book {start} - {end}.pdf</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="92" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="110" />
      <source>Xuất sổ quỹ ra Excel</source>
      <translation>Export the cash book to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="110" />
      <source>Sổ quỹ {code} {fund} {year}.xlsx</source>
      <translation>Cash book {code} {fund} {year}.xlsx</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="116" />
      <source>Đã xuất Excel</source>
      <translation>Exported to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="116" />
      <source>Đã xuất sổ quỹ ra tệp:
{path}</source>
      <translation>The cash book has been exported to:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="125" />
      <source>không có quyền ghi, hoặc tệp đang mở trong Excel</source>
      <translation>no permission to write, or the file is open in Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="126" />
      <source>Chưa lưu được tệp</source>
      <translation>File not saved</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_files.py" line="126" />
      <source>Không ghi được tệp:
{path}

Lý do: {reason}</source>
      <translation>Cannot write the file:
{path}

Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="76" />
      <source>Quỹ</source>
      <translation>Funds</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="78" />
      <source>Gõ mã hoặc tên CLB, VD: to 1</source>
      <translation>Type a club code or name, e.g. to 1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="90" />
      <source>Năm nay</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="90" />
      <source>Tháng này</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="91" />
      <source>Tháng trước</source>
      <translation>Last month</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="91" />
      <source>Năm trước</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="92" />
      <source>Tự chọn</source>
      <translation>Custom</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="95" />
      <source>Thu và chi</source>
      <translation>Receipts and payments</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="96" />
      <source>Chỉ phiếu thu</source>
      <translation>Receipts only</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="97" />
      <source>Chỉ phiếu chi</source>
      <translation>Payments only</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="99" />
      <source>Mọi khoản mục</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="103" />
      <source>Tìm người nộp/nhận, nội dung, số phiếu…</source>
      <translation>Search payer/payee, description, voucher No.…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="123" />
      <source>Phiếu thu mới</source>
      <translation>New receipt</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="124" />
      <source>Phiếu chi mới</source>
      <translation>New payment</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="125" />
      <source>Đảo phiếu</source>
      <translation>Reverse voucher</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="126" />
      <source>In phiếu</source>
      <translation>Print voucher</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="127" />
      <source>Khóa sổ tháng/năm</source>
      <translation>Close month/year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="128" />
      <source>Kiểm kê quỹ</source>
      <translation>Cash count</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="129" />
      <source>In sổ quỹ</source>
      <translation>Print cash book</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="130" />
      <source>Xuất Excel sổ quỹ</source>
      <translation>Export cash book to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="131" />
      <source>Mở quỹ mới…</source>
      <translation>Open a new fund…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="132" />
      <source>Số liệu quỹ…</source>
      <translation>Fund figures…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="162" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="168" />
      <source>Các quỹ của CLB (số dư hôm nay):</source>
      <translation>The club's funds (balance today):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="175" />
      <source>Kỳ:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="178" />
      <source>từ</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="180" />
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="184" />
      <source>Lọc:</source>
      <translation>Filter:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="291" />
      <source>(đã giải thể)</source>
      <translation>(dissolved)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="341" />
      <source>Chưa chọn câu lạc bộ.</source>
      <translation>No club selected.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="342" />
      <source>CLB này chưa có quỹ: các quỹ được lập khi làm thủ tục thành lập CLB, hoặc bấm «Mở quỹ mới…».</source>
      <translation>This club has no funds yet: funds are set up when the club is established, or click “Open a new fund…”.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="345" />
      <source>Chưa chọn quỹ.</source>
      <translation>No fund selected.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="347" />
      <source>Kỳ chưa đúng: ngày dạng dd/mm/yyyy, từ ngày không sau đến ngày.</source>
      <translation>Invalid period: dates as dd/mm/yyyy, the start no later than the end.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="352" />
      <source>Đang tải sổ quỹ…</source>
      <translation>Loading the cash book…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="373" />
      <source>Không tải được sổ quỹ: {error}</source>
      <translation>Cannot load the cash book: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="390" />
      <source>Tồn đầu kỳ</source>
      <translation>Opening balance</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="390" />
      <source>Tổng thu</source>
      <translation>Total receipts</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="391" />
      <source>Tổng chi</source>
      <translation>Total payments</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="391" />
      <source>Tồn cuối kỳ</source>
      <translation>Closing balance</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="395" />
      <source>Kỳ {start} – {end}: đang hiển thị {shown}/{total} phiếu</source>
      <translation>Period {start} – {end}: showing {shown} of {total} vouchers</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="470" />
      <source>Đã ghi kết quả kiểm kê</source>
      <translation>Cash count recorded</translation>
    </message>
    <message>
      <location filename="../../ui/pages/funds_page.py" line="470" />
      <source>Ngày {date}: tiền mặt đếm được {counted} đ, số dư theo sổ {book} đ.
{diff}.</source>
      <translation>On {date}: cash counted {counted} đ, book balance {book} đ.
{diff}.</translation>
    </message>
  </context>
  <context>
    <name>HealthCheckDialog</name>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="44" />
      <source>Ghi khám sức khỏe</source>
      <translation>Record health check</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="54" />
      <source>Thành viên:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="55" />
      <source>Ngày khám:</source>
      <translation>Date of check:</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="56" />
      <source>Huyết áp (mmHg):</source>
      <translation>Blood pressure (mmHg):</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="60" />
      <source>Cân nặng (kg):</source>
      <translation>Weight (kg):</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="62" />
      <source>Đường huyết (mmol/L):</source>
      <translation>Blood sugar (mmol/L):</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="64" />
      <source>Ghi chú:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="65" />
      <source>Thông tin sức khỏe là dữ liệu cá nhân nhạy cảm.</source>
      <translation>Health information is sensitive personal data.</translation>
    </message>
    <message>
      <location filename="../../dialogs/health_check_dialog.py" line="67" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../dialogs/help_dialog.py" line="48" />
      <source>Hướng dẫn sử dụng ISHC Desk</source>
      <translation>ISHC Desk user guide</translation>
    </message>
    <message>
      <location filename="../../dialogs/help_dialog.py" line="100" />
      <source>Quản lý Câu lạc bộ Liên thế hệ tự giúp nhau</source>
      <translation>Managing Intergenerational Self-Help Clubs</translation>
    </message>
    <message>
      <location filename="../../dialogs/help_dialog.py" line="102" />
      <source>Thư mục dữ liệu: {path}</source>
      <translation>Data folder: {path}</translation>
    </message>
    <message>
      <location filename="../../dialogs/help_dialog.py" line="103" />
      <source>Dữ liệu đang dùng: {target}</source>
      <translation>Database in use: {target}</translation>
    </message>
    <message>
      <location filename="../../dialogs/help_dialog.py" line="106" />
      <source>Phiên bản cấu trúc dữ liệu: {n}</source>
      <translation>Data structure version: {n}</translation>
    </message>
    <message>
      <location filename="../../dialogs/help_dialog.py" line="113" />
      <source>Giới thiệu ISHC Desk</source>
      <translation>About ISHC Desk</translation>
    </message>
  </context>
  <context>
    <name>HomeCareDialog</name>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="24" />
      <source>Ghép cặp chăm sóc tại nhà</source>
      <translation>Pair for home care</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="31" />
      <source>Tình nguyện viên:</source>
      <translation>Volunteer:</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="33" />
      <source>Người cao tuổi:</source>
      <translation>Older person:</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="35" />
      <source>Từ {age} tuổi trở lên</source>
      <translation>Aged {age} or over</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="36" />
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="37" />
      <source>Ghép cặp</source>
      <translation>Pair</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="57" />
      <source>Ghi lần thăm</source>
      <translation>Record visit</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="62" />
      <source>VD: đo huyết áp, dọn nhà, trò chuyện</source>
      <translation>e.g. blood pressure, cleaning, a chat</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="64" />
      <source>Cặp:</source>
      <translation>Pair:</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="65" />
      <source>Ngày thăm:</source>
      <translation>Date of visit:</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="66" />
      <source>Việc đã làm:</source>
      <translation>What was done:</translation>
    </message>
    <message>
      <location filename="../../dialogs/home_care_dialog.py" line="67" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="71" />
      <source>Dòng</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="71" />
      <source>Cột</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="71" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="77" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="77" />
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="77" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="78" />
      <source>Dân tộc</source>
      <translation>Ethnic group</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="78" />
      <source>Thôn/tổ dân phố</source>
      <translation>Village/residential group</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="78" />
      <source>Hoàn cảnh hộ</source>
      <translation>Household status</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="79" />
      <source>Tổ/nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="79" />
      <source>Số CCCD</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="146" />
      <source>Nhập thành viên từ tệp Excel</source>
      <translation>Import members from Excel</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="149" />
      <source>Câu lạc bộ: &lt;b&gt;{code} — {name}&lt;/b&gt;</source>
      <translation>Club: &lt;b&gt;{code} — {name}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="151" />
      <source>Chọn tệp Excel theo mẫu của chương trình. Cả tệp được kiểm tra trước; nếu còn lỗi thì chưa nhập dòng nào.</source>
      <translation>Choose an Excel file made from the program's template. The whole file is checked first; if there is any error, no row is imported.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="156" />
      <source>Chưa chọn tệp</source>
      <translation>No file chosen</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="157" />
      <source>Chọn tệp…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="158" />
      <source>Kiểm tra lại</source>
      <translation>Check again</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="159" />
      <source>Đọc lại tệp sau khi đã sửa trong Excel</source>
      <translation>Read the file again after correcting it in Excel</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="161" />
      <source>Lưu tệp mẫu…</source>
      <translation>Save template…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="174" />
      <source>Dừng</source>
      <translation>Stop</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="175" />
      <source>Dừng kiểm tra tệp; chưa nhập dòng nào</source>
      <translation>Stop checking the file; no row is imported</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="195" />
      <source>Vẫn nhập những người có thể trùng (đã xem kỹ, đúng là người khác)</source>
      <translation>Import possible duplicates anyway (checked: they are different people)</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="204" />
      <source>Nhập dữ liệu</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="207" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="235" />
      <source>Chọn tệp danh sách thành viên</source>
      <translation>Choose the member list file</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="236" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="253" />
      <source>Đang kiểm tra tệp…</source>
      <translation>Checking the file…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="263" />
      <source>Đang nhập dữ liệu…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="271" />
      <source>Lưu tệp mẫu</source>
      <translation>Save template</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="277" />
      <source>Đang tạo tệp mẫu…</source>
      <translation>Creating the template…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="289" />
      <source>Đang dừng…</source>
      <translation>Stopping…</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="334" />
      <source>{n} ô được gõ bằng bảng mã cũ ({kinds}) đã được chuyển sang Unicode. Xem lại các ô đó trong bảng dưới đây trước khi nhập.</source>
      <translation>{n} cells typed in an old encoding ({kinds}) were converted to Unicode. Look them over in the table below before importing.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="338" />
      <source>Dòng {row}, cột «{column}»: «{before}» → «{after}»</source>
      <translation>Row {row}, column “{column}”: “{before}” → “{after}”</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="342" />
      <source>… và {n} ô khác</source>
      <translation>… and {n} more cells</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="351" />
      <source>Đã dừng kiểm tra tệp; chưa nhập dòng nào. Bấm «Kiểm tra lại» để kiểm tra lại từ đầu.</source>
      <translation>Checking stopped; no row was imported. Click “Check again” to start over.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="357" />
      <source>Tệp hợp lệ: {n} thành viên sẵn sàng nhập vào CLB {code}. Bấm «Nhập dữ liệu» để nhập.</source>
      <translation>The file is valid: {n} member(s) ready to import into club {code}. Click “Import” to import them.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="362" />
      <source>Có {n} người có thể đã có trong dữ liệu hoặc trùng nhau trong tệp. Nếu đúng là người khác, đánh dấu ô «Vẫn nhập…» ở dưới.</source>
      <translation>Possible duplicates: {n} (already recorded, or repeated in the file). If they really are different people, tick “Import possible duplicates anyway” below.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="367" />
      <source>Tệp có {n} lỗi nên chưa nhập dòng nào. Sửa tệp theo danh sách dưới đây, lưu lại rồi bấm «Kiểm tra lại».</source>
      <translation>The file has errors ({n}), so no row has been imported. Correct the file as listed below, save it, then click “Check again”.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="382" />
      <source>Đã nhập {n} thành viên vào CLB {code}.</source>
      <translation>Imported {n} member(s) into club {code}.</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="392" />
      <source>Đã lưu tệp mẫu: {path}</source>
      <translation>Template saved: {path}</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="397" />
      <source>Không ghi hoặc đọc được tệp: {reason}</source>
      <translation>Cannot read or write the file: {reason}</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="402" />
      <source>Có lỗi khi xử lý tệp, chưa nhập gì: {error}</source>
      <translation>Error while processing the file; nothing imported: {error}</translation>
    </message>
    <message>
      <location filename="../../dialogs/import_dialog.py" line="407" />
      <source>Đang xử lý tệp, xin đợi một chút rồi đóng.</source>
      <translation>The file is being processed; please wait a moment before closing.</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <location filename="../../ui/widgets/fields.py" line="99" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="34" />
      <source>Ra khỏi CLB</source>
      <translation>Leave club</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="42" />
      <source>— Chọn lý do —</source>
      <translation>— Choose a reason —</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="47" />
      <source>VD: chuyển về ở với con tại phường Phan Đình Phùng</source>
      <translation>e.g. moved in with a son or daughter in Phan Đình Phùng ward</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="50" />
      <source>{name} (sinh năm {year})</source>
      <translation>{name} (born {year})</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="53" />
      <source>Thành viên:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="56" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="57" />
      <source>Ngày vào CLB:</source>
      <translation>Date joined:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="58" />
      <source>Ngày ra khỏi CLB:</source>
      <translation>Date left:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="60" />
      <source>Lý do:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="62" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/leave_dialog.py" line="63" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>LedgerModel</name>
    <message>
      <location filename="../../ui/ledger_model.py" line="26" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="27" />
      <source>Số phiếu</source>
      <translation>Voucher No.</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="28" />
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="29" />
      <source>Người nộp/nhận</source>
      <translation>Payer/payee</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="30" />
      <source>Nội dung</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="31" />
      <source>Thu</source>
      <translation>In</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="32" />
      <source>Chi</source>
      <translation>Out</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="33" />
      <source>Tồn</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="34" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="187" />
      <source>Đảo phiếu {code}</source>
      <translation>Reverses voucher {code}</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="190" />
      <source>Đã đảo bởi phiếu {code}</source>
      <translation>Reversed by voucher {code}</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="197" />
      <source>Quỹ</source>
      <translation>Fund</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="198" />
      <source>Số dư</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../ui/ledger_model.py" line="238" />
      <source>{name} (đã đóng)</source>
      <translation>{name} (closed)</translation>
    </message>
  </context>
  <context>
    <name>LegalTextDialog</name>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="28" />
      <source>Luật Tổ chức chính quyền địa phương</source>
      <translation>Law on Local Government</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="30" />
      <source>Luật Người cao tuổi</source>
      <translation>Law on the Elderly</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="31" />
      <source>Đề án nhân rộng CLB liên thế hệ tự giúp nhau</source>
      <translation>Programme replicating the intergenerational self-help clubs</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="45" />
      <source>Sửa căn cứ pháp lý</source>
      <translation>Edit legal basis</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="46" />
      <source>Thêm căn cứ pháp lý</source>
      <translation>Add legal basis</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="54" />
      <source>Luật, Nghị định, Quyết định…</source>
      <translation>Law, Decree, Decision…</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="56" />
      <source>VD: 72/2025/QH15</source>
      <translation>e.g. 72/2025/QH15</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="78" />
      <source>Mỗi giấy tờ chỉ dẫn, trong từng nhóm, văn bản còn hiệu lực vào ngày của giấy tờ. Để trống «Hết hiệu lực» khi văn bản còn áp dụng.</source>
      <translation>Each paper cites, per topic, the text in force on the paper's date. Leave “Replaced on” empty while the text applies.</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="84" />
      <source>Nhóm căn cứ:</source>
      <translation>Topic:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="85" />
      <source>Loại văn bản:</source>
      <translation>Kind of text:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="86" />
      <source>Số, ký hiệu:</source>
      <translation>Number:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="87" />
      <source>Ngày ban hành:</source>
      <translation>Date issued:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="88" />
      <source>Có hiệu lực từ:</source>
      <translation>In force from:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="89" />
      <source>Hết hiệu lực từ:</source>
      <translation>Replaced on:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="90" />
      <source>Dòng in trên giấy tờ:</source>
      <translation>Line printed on papers:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="91" />
      <source>Thứ tự in:</source>
      <translation>Printing order:</translation>
    </message>
    <message>
      <location filename="../../dialogs/legal_text_dialog.py" line="93" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>LoanCloseDialog</name>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="47" />
      <source>Xóa nợ / Ghi kết quả</source>
      <translation>Write off / Record outcome</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="47" />
      <source>Ghi kết quả</source>
      <translation>Record outcome</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="53" />
      <source>VD: 05/QĐ-CLB</source>
      <translation>e.g. 05/QĐ-CLB</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="56" />
      <source>VD: thành viên qua đời, gia đình khó khăn</source>
      <translation>e.g. the member died, the family is in hardship</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="57" />
      <source>Có cải thiện</source>
      <translation>Improved</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="58" />
      <source>Chưa cải thiện</source>
      <translation>Not improved</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="59" />
      <source>Chưa ghi</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="68" />
      <source>VD: đàn bò thêm 1 bê, thu nhập tăng</source>
      <translation>e.g. the herd gained a calf, income rose</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="73" />
      <source>Số {number:02d} — &lt;b&gt;{name}&lt;/b&gt;, vay {amount} đ ngày {date}; {status}</source>
      <translation>No. {number:02d} — &lt;b&gt;{name}&lt;/b&gt;, borrowed {amount} đ on {date}; {status}</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="82" />
      <source>Xóa nợ</source>
      <translation>Write off</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="84" />
      <source>Số nợ gốc còn lại được xóa: &lt;b&gt;{amount} đ&lt;/b&gt;</source>
      <translation>Remaining principal written off: &lt;b&gt;{amount} đ&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="87" />
      <source>Số quyết định:</source>
      <translation>Decision number:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="89" />
      <source>Ngày quyết định:</source>
      <translation>Decision date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="91" />
      <source>Lý do, ghi chú:</source>
      <translation>Reason, notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="95" />
      <source>Kết quả sử dụng vốn vay</source>
      <translation>Outcome of the loan</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="101" />
      <source>Thu nhập của thành viên có cải thiện không?</source>
      <translation>Has the member's income improved?</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="106" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="108" />
      <source>Khoản vay đang còn nợ: kết quả được ghi cùng lúc xóa nợ, hoặc khi thành viên trả hết nợ.</source>
      <translation>The loan is still outstanding: the outcome is recorded together with a write-off, or when the member has repaid in full.</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="115" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="122" />
      <source>{status} từ ngày {date}</source>
      <translation>{status} since {date}</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_close_dialog.py" line="130" />
      <source>quá hạn {days} ngày</source>
      <translation>{days} days overdue</translation>
    </message>
  </context>
  <context>
    <name>LoanDetail</name>
    <message>
      <location filename="../../ui/loan_detail.py" line="48" />
      <source>{rate} %/tháng</source>
      <translation>{rate} %/month</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="93" />
      <source>Chọn một khoản vay trong sổ để xem lịch trả nợ và các lần trả.</source>
      <translation>Select a loan in the register to see its repayment schedule and repayments.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="100" />
      <source>Lịch trả nợ</source>
      <translation>Repayment schedule</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="102" />
      <source>Các lần trả nợ</source>
      <translation>Repayments</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="143" />
      <source>Khế ước số {number:02d} — {name}</source>
      <translation>Loan agreement No. {number:02d} — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="147" />
      <source>, {quantity} {unit} × {value} đ</source>
      <translation>, {quantity} {unit} × {value} đ</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="155" />
      <source>{what}. Số tiền vay: &lt;b&gt;{amount} đ&lt;/b&gt;. Mục đích: {purpose}.</source>
      <translation>{what}. Loan amount: &lt;b&gt;{amount} đ&lt;/b&gt;. Purpose: {purpose}.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="157" />
      <source>Vay ngày {date}, thời hạn {term} tháng, lãi suất {rate}, {method}; {plan}.</source>
      <translation>Borrowed on {date} for {term} months at {rate}, {method}; {plan}.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="164" />
      <source>Người bảo lãnh: {name}.</source>
      <translation>Guarantor: {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="183" />
      <source>Khoản vay có ngày vay sau ngày {date}.</source>
      <translation>The loan was made after {date}.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="189" />
      <source>Số nợ đã xóa: &lt;b&gt;{amount} đ&lt;/b&gt;</source>
      <translation>Written off: &lt;b&gt;{amount} đ&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="192" />
      <source>Dư nợ: &lt;b&gt;{amount} đ&lt;/b&gt;</source>
      <translation>Outstanding: &lt;b&gt;{amount} đ&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="194" />
      <source>Đã trả gốc {principal} đ, lãi {interest} đ</source>
      <translation>Paid: principal {principal} đ, interest {interest} đ</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="198" />
      <source>Quá hạn {days} ngày: còn thiếu {amount} đ</source>
      <translation>{days} days overdue: {amount} đ in arrears</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="203" />
      <source>Kỳ tới: {date}, {amount} đ</source>
      <translation>Next instalment: {date}, {amount} đ</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="206" />
      <source>Kết thúc ngày {date}</source>
      <translation>Ended on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="212" />
      <source>Xóa nợ theo {decision}.</source>
      <translation>Written off under {decision}.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="214" />
      <source>Kết quả: thu nhập có cải thiện.</source>
      <translation>Outcome: income improved.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="215" />
      <source>Kết quả: thu nhập chưa cải thiện.</source>
      <translation>Outcome: income not improved.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="251" />
      <source>Thành viên đã vay</source>
      <translation>Members who borrowed</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="252" />
      <source>Dư nợ cuối kỳ</source>
      <translation>Outstanding at period end</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="253" />
      <source>Nợ quá hạn trên 30 ngày</source>
      <translation>Overdue more than 30 days</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="254" />
      <source>Tỷ lệ trả nợ đúng hạn</source>
      <translation>On-time repayment rate</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="255" />
      <source>Thu nhập cải thiện</source>
      <translation>Income improved</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="256" />
      <source>Cho vay trong kỳ</source>
      <translation>Lent in the period</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="279" />
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="280" />
      <source>đến ngày</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="297" />
      <source>Chỉ số cho vay của CLB</source>
      <translation>Club lending figures</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="298" />
      <source>Chỉ số cho vay toàn xã/phường</source>
      <translation>Lending figures for the whole commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="331" />
      <source>{n} trong {total} thành viên</source>
      <translation>{n} of {total} members</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="333" />
      <source>{amount} đ</source>
      <translation>{amount} đ</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="335" />
      <source>{n} khoản đang vay</source>
      <translation>loans outstanding: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="337" />
      <source>{amount} đ dư nợ</source>
      <translation>{amount} đ outstanding</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="343" />
      <source>đã thu {got} / {due} đ đến hạn</source>
      <translation>collected {got} of {due} đ due</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="346" />
      <source>{n} trong {total} khoản đã kết thúc</source>
      <translation>{n} of {total} closed loans</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="350" />
      <source>{n} khoản</source>
      <translation>loans: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_detail.py" line="369" />
      <source>Khế ước vay số {number:02d} — {name}</source>
      <translation>Loan agreement No. {number:02d} — {name}</translation>
    </message>
  </context>
  <context>
    <name>LoanDialog</name>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="96" />
      <source>Cho vay mới</source>
      <translation>New loan</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="100" />
      <source>Gõ tên thành viên, VD: nguyen thi hue</source>
      <translation>Type the member's name, e.g. nguyen thi hue</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="103" />
      <source>— Không có —</source>
      <translation>— None —</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="105" />
      <source>{name} ({year})</source>
      <translation>{name} ({year})</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="108" />
      <source>Người ngoài CLB…</source>
      <translation>Someone outside the club…</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="118" />
      <source>VD: Bò cái giống, Cây giống bưởi Diễn</source>
      <translation>e.g. Bò cái giống, Cây giống bưởi Diễn</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="131" />
      <source>Trại giống, cửa hàng CLB mua hiện vật; để trống nếu lấy hiện vật quỹ đang giữ</source>
      <translation>Hatchery or shop the club buys the goods from; empty if the goods come from what the fund holds</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="136" />
      <source>— Chọn mục đích —</source>
      <translation>— Choose a purpose —</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="140" />
      <source>VD: nuôi bò sinh sản</source>
      <translation>e.g. breeding cattle</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="144" />
      <source>tháng</source>
      <translation>months</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="151" />
      <source>Họ tên người bảo lãnh ngoài CLB</source>
      <translation>Name of a guarantor outside the club</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="208" />
      <source>tối đa {amount} đ</source>
      <translation>at most {amount} đ</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="210" />
      <source>tối đa {n} tháng</source>
      <translation>at most {n} months</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="211" />
      <source>Mức vay tối đa: &lt;b&gt;{amount} đ&lt;/b&gt;</source>
      <translation>Maximum loan: &lt;b&gt;{amount} đ&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="213" />
      <source>Thời hạn tối đa: &lt;b&gt;{n} tháng&lt;/b&gt;</source>
      <translation>Maximum term: &lt;b&gt;{n} months&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="214" />
      <source>Lãi suất: &lt;b&gt;{rate}&lt;/b&gt;, {method}</source>
      <translation>Interest rate: &lt;b&gt;{rate}&lt;/b&gt;, {method}</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="217" />
      <source>Phải có người bảo lãnh</source>
      <translation>A guarantor is required</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="218" />
      <source>Không bắt buộc người bảo lãnh</source>
      <translation>No guarantor required</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="220" />
      <source>CLB chưa đặt quy định cho vay: đang dùng mức mặc định của chương trình. Hãy nhập quy định theo quy chế của CLB.</source>
      <translation>The club has not set its lending rules: the program's defaults are in use. Enter the rules from the club statute.</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="234" />
      <source>Thành viên vay:</source>
      <translation>Borrower:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="235" />
      <source>Hình thức:</source>
      <translation>Form:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="236" />
      <source>Hàng hóa, vật nuôi, cây giống:</source>
      <translation>Goods, livestock, seedlings:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="236" />
      <source>Số lượng:</source>
      <translation>Quantity:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="237" />
      <source>Đơn giá (đồng):</source>
      <translation>Unit price (đồng):</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="237" />
      <source>Mua của:</source>
      <translation>Bought from:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="249" />
      <source>Số tiền vay (đồng):</source>
      <translation>Loan amount (đồng):</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="250" />
      <source>Mục đích:</source>
      <translation>Purpose:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="251" />
      <source>Cụ thể:</source>
      <translation>Details:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="252" />
      <source>Ngày vay:</source>
      <translation>Loan date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="253" />
      <source>Thời hạn:</source>
      <translation>Term:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="254" />
      <source>Lãi suất:</source>
      <translation>Interest rate:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="255" />
      <source>Cách tính lãi:</source>
      <translation>Interest method:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="256" />
      <source>Cách trả:</source>
      <translation>Repayment:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="257" />
      <source>Người bảo lãnh:</source>
      <translation>Guarantor:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="259" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="271" />
      <source>Quy định cho vay của CLB</source>
      <translation>Club lending rules</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="274" />
      <source>Lịch trả nợ dự kiến</source>
      <translation>Planned repayment schedule</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="289" />
      <source>Lưu khoản vay</source>
      <translation>Save loan</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="423" />
      <source>Tổng phải trả &lt;b&gt;{total} đ&lt;/b&gt; trong {n} kỳ&lt;br&gt;gồm gốc {principal} đ, lãi {interest} đ</source>
      <translation>Total to repay &lt;b&gt;{total} đ&lt;/b&gt; in {n} instalments&lt;br&gt;principal {principal} đ, interest {interest} đ</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="429" />
      <source>Số tiền mỗi kỳ làm tròn đến {unit} đ; kỳ cuối nhận phần lẻ.</source>
      <translation>Each instalment is rounded to {unit} đ; the last one takes the remainder.</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="439" />
      <source>Nhập số tiền vay để xem lịch trả nợ.</source>
      <translation>Enter the loan amount to see the repayment schedule.</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="476" />
      <source>Đã lưu khoản vay</source>
      <translation>Loan saved</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="477" />
      <source>Đã lưu khoản vay số {number:02d}. In khế ước vay để hai bên ký?</source>
      <translation>Loan No. {number:02d} saved. Print the loan agreement for both parties to sign?</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="480" />
      <source>In khế ước vay</source>
      <translation>Print loan agreement</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_dialog.py" line="481" />
      <source>Để sau</source>
      <translation>Later</translation>
    </message>
  </context>
  <context>
    <name>LoanRulesDialog</name>
    <message>
      <location filename="../../ui/widgets/loan_fields.py" line="31" />
      <source>%/tháng</source>
      <translation>%/month</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="40" />
      <source>Quy định cho vay của CLB</source>
      <translation>Club lending rules</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="46" />
      <source>tháng</source>
      <translation>months</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="49" />
      <source>Người vay phải có người bảo lãnh</source>
      <translation>Borrowers must have a guarantor</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="66" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="74" />
      <source>Mức vay tối đa (đồng):</source>
      <translation>Maximum loan (đồng):</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="75" />
      <source>Thời hạn vay tối đa:</source>
      <translation>Maximum loan term:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="77" />
      <source>Lãi suất:</source>
      <translation>Interest rate:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="79" />
      <source>Theo quy chế CLB; để 0 nếu cho vay không lãi</source>
      <translation>As in the club statute; 0 for interest-free loans</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="80" />
      <source>Cách tính lãi:</source>
      <translation>Interest method:</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="84" />
      <source>Khoản vay mới vượt mức tối đa hoặc thời hạn tối đa sẽ không lưu được. Khoản vay đã cho vay không thay đổi.</source>
      <translation>A new loan over the maximum amount or term cannot be saved. Loans already made do not change.</translation>
    </message>
    <message>
      <location filename="../../dialogs/loan_rules_dialog.py" line="91" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>LoansModel</name>
    <message>
      <location filename="../../ui/loans_model.py" line="64" />
      <source>Số HĐ</source>
      <translation>Loan No.</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="65" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="66" />
      <source>Thôn/tổ</source>
      <translation>Village/group</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="67" />
      <source>Hình thức</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="68" />
      <source>Mục đích</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="69" />
      <source>Ngày vay</source>
      <translation>Loan date</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="70" />
      <source>Số tiền vay</source>
      <translation>Amount lent</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="71" />
      <source>Dư nợ</source>
      <translation>Outstanding</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="72" />
      <source>Quá hạn (ngày)</source>
      <translation>Days overdue</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="73" />
      <source>Tình trạng</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="164" />
      <source>Từ ngày {date}</source>
      <translation>Since {date}</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="166" />
      <source>Đã trả gốc {principal} đ, lãi {interest} đ</source>
      <translation>Paid: principal {principal} đ, interest {interest} đ</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="209" />
      <source>Kỳ</source>
      <translation>Instalment</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="210" />
      <source>Ngày đến hạn</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="211" />
      <source>Gốc</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="212" />
      <source>Lãi</source>
      <translation>Interest</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="213" />
      <source>Cộng</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="214" />
      <source>Tình hình trả</source>
      <translation>Payment status</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="288" />
      <source>{n} kỳ</source>
      <translation>{n} instalments</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="310" />
      <source>Ngày trả</source>
      <translation>Payment date</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="314" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="359" />
      <source>Hủy lần trả ngày {date}: {reason}</source>
      <translation>Cancels the repayment of {date}: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="362" />
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="380" />
      <source>✓ Đã trả</source>
      <translation>✓ Paid</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="382" />
      <source>Quá hạn</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../ui/loans_model.py" line="384" />
      <source>Trả một phần</source>
      <translation>Part paid</translation>
    </message>
  </context>
  <context>
    <name>LoansPage</name>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="79" />
      <source>Cho vay</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="85" />
      <source>Gõ vài chữ của mã hoặc tên CLB, có dấu hay không đều được</source>
      <translation>Type part of a club code or name, with or without diacritics</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="88" />
      <source>Mọi khoản vay</source>
      <translation>All loans</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="89" />
      <source>Đang vay (trong hạn và quá hạn)</source>
      <translation>Outstanding (current and overdue)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="95" />
      <source>Tìm theo tên, số HĐ, thôn/tổ, hàng hóa…</source>
      <translation>Search by name, loan No., village/group, goods…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="102" />
      <source>Xem cả sổ cho vay</source>
      <translation>Show the whole loan register</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="109" />
      <source>Cho vay mới…</source>
      <translation>New loan…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="110" />
      <source>Thu nợ…</source>
      <translation>Collect repayment…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="111" />
      <source>Xóa nợ / Ghi kết quả…</source>
      <translation>Write off / Record outcome…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="112" />
      <source>Quy định cho vay của CLB…</source>
      <translation>Club lending rules…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="113" />
      <source>In sổ cho vay…</source>
      <translation>Print loan register…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="114" />
      <source>Xuất Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="115" />
      <source>In khế ước…</source>
      <translation>Print loan agreement…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="168" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="222" />
      <source>Tất cả CLB</source>
      <translation>All clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="230" />
      <source>(đã giải thể)</source>
      <translation>(dissolved)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="276" />
      <source>Không đọc được sổ cho vay: {reason}</source>
      <translation>Cannot read the loan register: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="298" />
      <source>{n} khoản vay</source>
      <translation>Loans: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="299" />
      <source>Hiện {shown} trong {n} khoản vay</source>
      <translation>Showing {shown} of {n} loans</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="301" />
      <source>{n} khoản quá hạn</source>
      <translation>overdue: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="309" />
      <source>Các khoản vay của &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation>Loans of &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="332" />
      <source>Các khoản vay của {name}</source>
      <translation>Loans of {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="373" />
      <source>Chọn một CLB</source>
      <translation>Choose a club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="433" />
      <source>Sổ cho vay {club} đến ngày {date}</source>
      <translation>Loan register {club} to {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="458" />
      <source>Xuất sổ cho vay ra Excel</source>
      <translation>Export the loan register to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="460" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="474" />
      <source>Đã lưu sổ cho vay vào {path}</source>
      <translation>Loan register saved to {path}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/loans_page.py" line="478" />
      <source>Chưa xuất được</source>
      <translation>Not exported</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ui/service.py" line="56" />
      <source>Không có quyền</source>
      <translation>Not allowed</translation>
    </message>
    <message>
      <location filename="../../dialogs/login_dialog.py" line="34" />
      <source>Đăng nhập — ISHC Desk</source>
      <translation>Sign in — ISHC Desk</translation>
    </message>
    <message>
      <location filename="../../dialogs/login_dialog.py" line="37" />
      <source>Quản lý Câu lạc bộ Liên thế hệ tự giúp nhau</source>
      <translation>Intergenerational Self-Help Club records</translation>
    </message>
    <message>
      <location filename="../../dialogs/login_dialog.py" line="52" />
      <source>Tên đăng nhập:</source>
      <translation>Username:</translation>
    </message>
    <message>
      <location filename="../../dialogs/login_dialog.py" line="53" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/login_dialog.py" line="60" />
      <source>Đăng nhập</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../dialogs/login_dialog.py" line="61" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="56" />
      <source>ISHC Desk — Quản lý CLB Liên thế hệ tự giúp nhau</source>
      <translation>ISHC Desk — Intergenerational Self-Help Club records</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="114" />
      <source>&amp;Trợ giúp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="115" />
      <source>&amp;Hướng dẫn sử dụng</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>&amp;Giới thiệu ISHC Desk</source>
      <translation>&amp;About ISHC Desk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="248" />
      <source>Đổi mật khẩu</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="249" />
      <source>Đăng xuất</source>
      <translation>Sign out</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="255" />
      <source>Đang đăng nhập:&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{role}</source>
      <translation>Signed in:&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{role}</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="92" />
      <source>Ghi buổi sinh hoạt CLB</source>
      <translation>Record a club meeting</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="103" />
      <source>VD: 08:00</source>
      <translation>e.g. 08:00</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="106" />
      <source>VD: 10:30</source>
      <translation>e.g. 10:30</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="109" />
      <source>VD: Nhà văn hóa tổ 1</source>
      <translation>e.g. Group 1 cultural house</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="133" />
      <source>Phím cách: đánh dấu có mặt / vắng; mũi tên lên, xuống: sang thành viên khác; gõ vào ô Lý do vắng, Hội phí nộp, Trả nợ để sửa.</source>
      <translation>Space: mark present / absent; Up and Down arrows: move to another member; type in the Reason for absence, Fee paid and Repayment cells to change them.</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="143" />
      <source>VD: đại diện Hội NCT phường</source>
      <translation>e.g. a representative of the ward Elderly Association</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="146" />
      <source>Ngày họp:</source>
      <translation>Meeting date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="148" />
      <source>Từ giờ:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="150" />
      <source>Đến giờ:</source>
      <translation>To:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="152" />
      <source>Địa điểm:</source>
      <translation>Place:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="154" />
      <source>Chủ trì:</source>
      <translation>Chaired by:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="156" />
      <source>Thư ký:</source>
      <translation>Secretary:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="176" />
      <source>Kết luận, quyết định:</source>
      <translation>Conclusions, decisions:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="177" />
      <source>Khó khăn, kiến nghị:</source>
      <translation>Difficulties, proposals:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="178" />
      <source>Kế hoạch tháng sau:</source>
      <translation>Next month's plan:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="179" />
      <source>Khách mời:</source>
      <translation>Guests:</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="183" />
      <source>Điểm danh và thu tiền</source>
      <translation>Attendance and collections</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="184" />
      <source>Nội dung theo lĩnh vực</source>
      <translation>Content by activity area</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="185" />
      <source>Kết luận và kế hoạch</source>
      <translation>Conclusions and plan</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="191" />
      <source>Ghi buổi sinh hoạt</source>
      <translation>Record meeting</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="219" />
      <source>(chưa chọn)</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="243" />
      <source>Có mặt {present}/{total} · hội phí thu {fees} đ · thu nợ {repaid} đ</source>
      <translation>Present {present}/{total} · fees collected {fees} đ · repayments {repaid} đ</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="302" />
      <source>Số tiền lớn hơn số phải nộp</source>
      <translation>Amount larger than due</translation>
    </message>
    <message>
      <location filename="../../dialogs/meeting_dialog.py" line="304" />
      <source>Vẫn ghi đúng các số tiền này?</source>
      <translation>Record these amounts anyway?</translation>
    </message>
  </context>
  <context>
    <name>MeetingsModel</name>
    <message>
      <location filename="../../ui/meetings_model.py" line="28" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="29" />
      <source>Có mặt / tổng số</source>
      <translation>Present / total</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="30" />
      <source>Hội phí thu (đ)</source>
      <translation>Fees collected (VND)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="31" />
      <source>Thu nợ (đ)</source>
      <translation>Repayments (VND)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="32" />
      <source>Các khoản thu</source>
      <translation>Collections</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="51" />
      <source>Đã hủy ngày {date}</source>
      <translation>Cancelled on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="52" />
      <source>Đã ghi sổ</source>
      <translation>Posted</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="65" />
      <source>Thành viên</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_model.py" line="66" />
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="80" />
      <source>Sinh hoạt CLB</source>
      <translation>Club meetings</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="90" />
      <source>Ghi buổi sinh hoạt…</source>
      <translation>Record a meeting…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="91" />
      <source>In biên bản…</source>
      <translation>Print minutes…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="92" />
      <source>In phiếu thu và điểm danh…</source>
      <translation>Print collection and attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="93" />
      <source>Hủy các khoản thu của buổi…</source>
      <translation>Cancel the meeting's collections…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="99" />
      <source>T{month}</source>
      <translation>M{month}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="137" />
      <source>Tỷ lệ có mặt theo tháng (%)</source>
      <translation>Attendance by month (%)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="158" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="160" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="172" />
      <source>Số buổi đã họp:</source>
      <translation>Meetings held:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="172" />
      <source>Tỷ lệ có mặt:</source>
      <translation>Attendance rate:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="173" />
      <source>Hội phí đã thu:</source>
      <translation>Fees collected:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="174" />
      <source>Vắng {n} buổi liền:</source>
      <translation>Absent {n} meetings running:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="215" />
      <source>(đã giải thể)</source>
      <translation>(dissolved)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="237" />
      <source>Không đọc được các buổi sinh hoạt: {reason}</source>
      <translation>Could not read the meetings: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="255" />
      <source>{n} buổi sinh hoạt trong năm {year}</source>
      <translation>{n} meetings in {year}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="267" />
      <source>Đã họp</source>
      <translation>Meeting held</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="268" />
      <source>Chưa đến tháng</source>
      <translation>Month not reached yet</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="268" />
      <source>Không có buổi họp</source>
      <translation>No meeting</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="277" />
      <source>{held} / {months} tháng</source>
      <translation>{held} / {months} months</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="281" />
      <source>{rate:.0f}% ({present}/{places} lượt)</source>
      <translation>{rate:.0f}% ({present}/{places} attendances)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="283" />
      <source>{paid} đ / {due} đ phải thu</source>
      <translation>{paid} đ / {due} đ due</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="286" />
      <source>{n} thành viên — nhấp đúp để mở hồ sơ</source>
      <translation>{n} member(s) — double-click to open the record</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="287" />
      <source>Không có</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="298" />
      <source>Có mặt</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="333" />
      <source>Tài khoản của bạn chỉ được xem</source>
      <translation>Your account may only view</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="381" />
      <source>Biên bản sinh hoạt {club} ngày {date}</source>
      <translation>Meeting minutes {club} of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="399" />
      <source>Phiếu thu và điểm danh {club} ngày {date}</source>
      <translation>Collection and attendance sheet {club} of {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="409" />
      <source>Hủy các khoản thu của buổi</source>
      <translation>Cancel the meeting's collections</translation>
    </message>
    <message>
      <location filename="../../ui/pages/meetings_page.py" line="410" />
      <source>Hủy phiếu thu hội phí ({fees} đ) và các lần trả nợ ({repaid} đ) của buổi ngày {date}.
Điểm danh vẫn giữ nguyên. Lý do hủy:</source>
      <translation>Cancel the fee receipt ({fees} đ) and the repayments ({repaid} đ) of the meeting of {date}.
The attendance stays as recorded. Reason for cancelling:</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="62" />
      <source>đã là thành viên CLB này</source>
      <translation>already a member of this club</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="64" />
      <source>đang ở CLB {code}</source>
      <translation>currently in club {code}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="66" />
      <source>hiện không sinh hoạt ở CLB nào</source>
      <translation>not currently in any club</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="69" />
      <source>cùng số CCCD</source>
      <translation>same ID card number</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="80" />
      <source>Có thể trùng người đã có</source>
      <translation>Possible duplicate</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="87" />
      <source>Người vừa nhập có thể trùng với:</source>
      <translation>The person you entered may be the same as:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="94" />
      <source>Vẫn thêm người mới</source>
      <translation>Add as a new person anyway</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="95" />
      <source>Là người này (chuyển sang CLB này nếu đã rời CLB cũ)</source>
      <translation>It is this person (move them to this club if they have left their old one)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="97" />
      <source>Quay lại</source>
      <translation>Go back</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="135" />
      <source>Người này đã là thành viên của CLB này: hãy sửa thông tin của họ thay vì thêm mới.</source>
      <translation>This person is already a member of this club: edit their details instead of adding them again.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="138" />
      <source>Người này đang sinh hoạt ở CLB {code}: muốn chuyển sang CLB này, hãy cho họ ra khỏi CLB {code} trước.</source>
      <translation>This person is active in club {code}: to move them to this club, first record their leaving club {code}.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="143" />
      <source>Số CCCD đã có trong dữ liệu nên không thể thêm người mới với số này.</source>
      <translation>This ID card number is already recorded, so no new person can be added with it.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="194" />
      <source>{mask} Chỉ cán bộ được giao nhiệm vụ mới xem được:
hoàn cảnh hộ, khuyết tật, trợ cấp xã hội, chính sách,
ghi chú và số CCCD đầy đủ.</source>
      <translation>{mask} Only authorised staff can see:
household status, disability, social allowance, policy status,
notes and the full citizen ID number.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="199" />
      <source>Tài khoản này không được xem thông tin nhạy cảm.</source>
      <translation>This account may not view sensitive information.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="225" />
      <source>Để trống: dùng nội dung mặc định — {text}</source>
      <translation>Leave empty to use the default — {text}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="227" />
      <source>Mục đích và loại dữ liệu người này đồng ý cho CLB xử lý</source>
      <translation>Purposes and kinds of data this person agrees the club may process</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="228" />
      <source>In giấy đồng ý</source>
      <translation>Print consent form</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="229" />
      <source>In giấy đồng ý xử lý dữ liệu cá nhân theo thông tin đã lưu, để thành viên ký</source>
      <translation>Print the personal data processing consent form from the saved details, for the member to sign</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="233" />
      <source>Phạm vi đồng ý:</source>
      <translation>Scope of consent:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_widgets.py" line="247" />
      <source>Giấy đồng ý xử lý dữ liệu cá nhân</source>
      <translation>Personal data processing consent form</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="84" />
      <source>Sửa thông tin thành viên — {name}</source>
      <translation>Edit member — {name}</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="87" />
      <source>Thêm thành viên</source>
      <translation>Add member</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="100" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="101" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="113" />
      <source>Tài khoản của bạn chỉ được xem, không được sửa</source>
      <translation>Your account may view but not edit</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="124" />
      <source>Thông tin cá nhân</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="131" />
      <source>VD: Nguyễn Thị Huệ</source>
      <translation>e.g. Nguyễn Thị Huệ</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="132" />
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="132" />
      <source>Nam</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="146" />
      <source>hoặc năm sinh:</source>
      <translation>or year of birth:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="158" />
      <source>12 chữ số, để trống nếu chưa có</source>
      <translation>12 digits; leave empty if not known</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="161" />
      <source>VD: 0912 345 678</source>
      <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="163" />
      <source>(chưa chọn)</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="178" />
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="179" />
      <source>Giới tính:</source>
      <translation>Sex:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="180" />
      <source>Ngày sinh:</source>
      <translation>Date of birth:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="181" />
      <source>Dân tộc:</source>
      <translation>Ethnic group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="182" />
      <source>Số CCCD:</source>
      <translation>ID card number:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="183" />
      <source>Điện thoại:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="184" />
      <source>Thôn/tổ dân phố:</source>
      <translation>Village/residential group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="185" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="189" />
      <source>Hoàn cảnh</source>
      <translation>Circumstances</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="196" />
      <source>Người khuyết tật</source>
      <translation>Person with a disability</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="197" />
      <source>Người có công, gia đình chính sách</source>
      <translation>Person with meritorious service, or policy family</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="198" />
      <source>Hưởng trợ cấp xã hội hằng tháng</source>
      <translation>Receives a monthly social allowance</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="200" />
      <source>Hoàn cảnh hộ:</source>
      <translation>Household status:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="201" />
      <source>Năm xét:</source>
      <translation>Year assessed:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="208" />
      <source>Sinh hoạt CLB</source>
      <translation>Club membership</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="217" />
      <source>(không thuộc tổ/nhóm nào)</source>
      <translation>(no group)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="220" />
      <source>Tình nguyện viên chăm sóc tại nhà</source>
      <translation>Home-care volunteer</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="221" />
      <source>Tình nguyện viên hỗ trợ phát triển kinh tế</source>
      <translation>Economic development volunteer</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="223" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="225" />
      <source>Đã ra khỏi CLB ngày {date} ({reason})</source>
      <translation>Left the club on {date} ({reason})</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="230" />
      <source>Ngày vào CLB:</source>
      <translation>Date joined:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="231" />
      <source>Vai trò:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="232" />
      <source>Tổ/nhóm:</source>
      <translation>Group:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="238" />
      <source>Đồng ý xử lý dữ liệu cá nhân</source>
      <translation>Consent to personal data processing</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="240" />
      <source>Ghi ngày và hình thức người này đồng ý cho CLB lưu và dùng thông tin cá nhân (Luật Bảo vệ dữ liệu cá nhân).</source>
      <translation>Record when and how this person agreed to the club keeping and using their personal information (Personal Data Protection Law).</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="246" />
      <source>(chưa ghi nhận)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="251" />
      <source>Ngày đồng ý:</source>
      <translation>Consent date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="252" />
      <source>Hình thức:</source>
      <translation>Form of consent:</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="409" />
      <source>số CCCD này đã có trong dữ liệu, của {name}</source>
      <translation>this ID card number is already recorded, for {name}</translation>
    </message>
    <message>
      <location filename="../../dialogs/member_dialog.py" line="419" />
      <source>({age} tuổi)</source>
      <translation>(age {age})</translation>
    </message>
  </context>
  <context>
    <name>MemberPrivacy</name>
    <message>
      <location filename="../../ui/member_privacy.py" line="29" />
      <source>Ẩn danh hóa {name} (ra khỏi CLB ngày {left})?

Sẽ xóa hẳn: họ và tên (thay bằng «Thành viên đã ẩn danh» kèm một số), số CCCD, điện thoại, ngày sinh (giữ năm sinh), ghi chú, thôn/tổ dân phố, nội dung đồng ý, ghi chú khi ra khỏi CLB — cả trong nhật ký thay đổi trước đây.

Giữ lại: giới tính, năm sinh, dân tộc, hoàn cảnh hộ, các lần sinh hoạt CLB, chức vụ, phiếu thu chi và khoản vay, nên mọi số liệu tổng hợp không đổi. Văn bản đã ban hành được lưu trữ nguyên như đã ký.

Việc này không hoàn tác được.</source>
      <translation>Anonymise {name} (left the club on {left})?

Permanently erased: full name (replaced by “Thành viên đã ẩn danh” and a number), citizen ID number, phone, date of birth (the year of birth is kept), notes, village/residential group, consent details, the note on leaving the club — also in the earlier change log.

Kept: sex, year of birth, ethnic group, household status, club memberships, positions, receipt and payment vouchers and loans, so all summary figures stay the same. Issued documents stay archived exactly as signed.

This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="46" />
      <source>Xuất đầy đủ số CCCD và tình trạng hộ</source>
      <translation>Export full citizen ID numbers and household status</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="47" />
      <source>Không đánh dấu: số CCCD chỉ còn 4 số cuối, hoàn cảnh hộ, khuyết tật, trợ cấp, chính sách, ghi chú được che. Đánh dấu: xuất đầy đủ và ghi vào nhật ký.</source>
      <translation>Unticked: citizen ID numbers show only the last 4 digits; household status, disability, allowance, policy status and notes are masked. Ticked: everything is exported and the export is logged.</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="72" />
      <source>Các khoản vay của thành viên…</source>
      <translation>The member's loans…</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="76" />
      <source>Xuất dữ liệu của thành viên…</source>
      <translation>Export the member's data…</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="79" />
      <source>In giấy đồng ý xử lý dữ liệu…</source>
      <translation>Print data processing consent form…</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="83" />
      <source>Ẩn danh hóa…</source>
      <translation>Anonymise…</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="85" />
      <source>Chỉ với người đã ra khỏi CLB đủ thời gian lưu giữ</source>
      <translation>Only for people who left the club longer ago than the retention period</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="110" />
      <source>Xuất dữ liệu của thành viên</source>
      <translation>Export the member's data</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="111" />
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="121" />
      <source>Ẩn danh hóa</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="122" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="129" />
      <source>Dữ liệu cá nhân - {name}.pdf</source>
      <translation>Personal data - {name}.pdf</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="134" />
      <source>Đã xuất dữ liệu của thành viên</source>
      <translation>Member's data exported</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="135" />
      <source>Đã ghi dữ liệu của {name} ra hai tệp:
{pdf}
{json}

Tệp PDF để thành viên đọc, tệp JSON để máy đọc.</source>
      <translation>The data of {name} has been written to two files:
{pdf}
{json}

The PDF file is for the member to read, the JSON file for computers.</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="147" />
      <source>Giấy đồng ý xử lý dữ liệu cá nhân</source>
      <translation>Personal data processing consent form</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="163" />
      <source>Chưa ẩn danh hóa được {name}:
{reasons}</source>
      <translation>{name} cannot be anonymised yet:
{reasons}</translation>
    </message>
    <message>
      <location filename="../../ui/member_privacy.py" line="183" />
      <source>Đã ẩn danh hóa. Người này nay ghi là «{name}».</source>
      <translation>Anonymised. This person is now recorded as “{name}”.</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <location filename="../../ui/pages/members_page.py" line="61" />
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="68" />
      <source>Tìm theo tên, CCCD, điện thoại…</source>
      <translation>Search by name, ID card number, phone…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="70" />
      <source>Cả người đã ra khỏi CLB</source>
      <translation>Include people who have left</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="72" />
      <source>Cột</source>
      <translation>Columns</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="73" />
      <source>Chọn các cột hiện trong bảng</source>
      <translation>Choose the columns shown in the table</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="82" />
      <source>Thêm thành viên</source>
      <translation>Add member</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="83" />
      <source>Sửa</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="84" />
      <source>Ra khỏi CLB</source>
      <translation>Leave club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="85" />
      <source>Vào lại CLB</source>
      <translation>Rejoin club</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="86" />
      <source>Tải mẫu Excel</source>
      <translation>Excel template</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="87" />
      <source>Nhập từ Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="88" />
      <source>Xuất Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="132" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="218" />
      <source>Toàn xã/phường</source>
      <translation>Whole commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="223" />
      <source>(đã giải thể)</source>
      <translation>(dissolved)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="259" />
      <source>Không tải được danh sách: {error}</source>
      <translation>Cannot load the list: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="287" />
      <source>Đang tải danh sách thành viên…</source>
      <translation>Loading the member list…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="289" />
      <source>Đang hiển thị {shown}/{total} thành viên</source>
      <translation>Showing {shown} of {total} members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="292" />
      <source>(kể cả người đã ra khỏi CLB)</source>
      <translation>(including people who have left)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="320" />
      <source>Chọn một CLB để thêm thành viên</source>
      <translation>Choose a club to add members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="323" />
      <source>Chọn một CLB để nhập danh sách</source>
      <translation>Choose a club to import a list</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="382" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="399" />
      <source>không có quyền ghi, hoặc tệp đang mở trong Excel</source>
      <translation>no permission to write, or the file is open in Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="400" />
      <source>Chưa lưu được tệp</source>
      <translation>File not saved</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="400" />
      <source>Không ghi được tệp:
{path}

Lý do: {reason}</source>
      <translation>Cannot write the file:
{path}

Reason: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="407" />
      <source>Mẫu danh sách thành viên {code}.xlsx</source>
      <translation>Member list template {code}.xlsx</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="408" />
      <source>Lưu mẫu Excel</source>
      <translation>Save Excel template</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="413" />
      <source>Đã lưu mẫu Excel</source>
      <translation>Excel template saved</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="413" />
      <source>Đã lưu mẫu danh sách thành viên vào tệp:
{path}</source>
      <translation>The member list template has been saved to:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="420" />
      <source>toàn xã-phường</source>
      <translation>all clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="421" />
      <source>Xuất danh sách ra Excel</source>
      <translation>Export the list to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="422" />
      <source>Danh sách thành viên {code}.xlsx</source>
      <translation>Member list {code}.xlsx</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="428" />
      <source>Thông tin nhạy cảm (số CCCD, hoàn cảnh hộ, khuyết tật, trợ cấp, chính sách, ghi chú) đã được che; bản này không dùng để nhập lại.</source>
      <translation>Sensitive information (citizen ID number, household status, disability, allowance, policy status, notes) has been masked; this copy cannot be imported again.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="433" />
      <source>Đã xuất Excel</source>
      <translation>Exported to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="433" />
      <source>Đã xuất {n} thành viên đang sinh hoạt ra tệp:
{path}</source>
      <translation>Exported {n} active member(s) to the file:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/members_page.py" line="445" />
      <source>Bản này chưa có chức năng nhập từ Excel.</source>
      <translation>This version cannot import from Excel yet.</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="136" />
      <source>Khoản vay (đã xóa)</source>
      <translation>Loan (deleted)</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="138" />
      <source>Hợp đồng số {n} - {name}</source>
      <translation>Contract no. {n} - {name}</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="142" />
      <source>(không còn, mã {id})</source>
      <translation>(no longer there, id {id})</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="150" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="150" />
      <source>Không</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="155" />
      <source>tháng</source>
      <translation>month</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="181" />
      <source>{n} kỳ trả</source>
      <translation>{n} instalments</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="222" />
      <source>dòng số {n}/{year}</source>
      <translation>row {n}/{year}</translation>
    </message>
    <message>
      <location filename="../../models/accounts/audit_readable.py" line="224" />
      <source>mã {id}</source>
      <translation>id {id}</translation>
    </message>
    <message>
      <location filename="../../models/plans/dashboard.py" line="29" />
      <source>Chưa có đủ quỹ tăng thu nhập và quỹ hoạt động</source>
      <translation>Lacks the income-generation fund or the activity fund</translation>
    </message>
    <message>
      <location filename="../../models/plans/dashboard.py" line="30" />
      <source>Ban chủ nhiệm chưa được tập huấn</source>
      <translation>Board not trained</translation>
    </message>
    <message>
      <location filename="../../models/plans/dashboard.py" line="31" />
      <source>Chưa được giám sát trong kỳ</source>
      <translation>Not supervised in the period</translation>
    </message>
    <message>
      <location filename="../../models/plans/dashboard.py" line="32" />
      <source>Số thành viên ngoài chuẩn</source>
      <translation>Number of members outside the standard</translation>
    </message>
    <message>
      <location filename="../../models/plans/dashboard.py" line="33" />
      <source>Chưa đạt chuẩn cơ cấu thành viên</source>
      <translation>Composition standards not met</translation>
    </message>
    <message>
      <location filename="../../models/plans/display.py" line="43" />
      <source>Mỗi CLB: {name}</source>
      <translation>Each club: {name}</translation>
    </message>
    <message>
      <location filename="../../models/plans/display.py" line="45" />
      <source>{name} (cộng dồn từ đầu kế hoạch)</source>
      <translation>{name} (since the plan began)</translation>
    </message>
    <message>
      <location filename="../../models/plans/display.py" line="53" />
      <source>{met}/{total} CLB đạt</source>
      <translation>{met}/{total} clubs meet it</translation>
    </message>
    <message>
      <location filename="../../models/plans/display.py" line="62" />
      <source>{n} CLB chưa đạt</source>
      <translation>{n} clubs below</translation>
    </message>
    <message>
      <location filename="../../models/plans/display.py" line="68" />
      <source>{n} điểm %</source>
      <translation>{n} points</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="35" />
      <source>Số CLB đang hoạt động</source>
      <translation>Clubs running</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="36" />
      <source>Số CLB thành lập mới trong kỳ</source>
      <translation>New clubs founded in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="37" />
      <source>Số CLB thành lập trước kỳ còn duy trì</source>
      <translation>Clubs founded before the period still running</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="38" />
      <source>Số CLB có số thành viên trong chuẩn</source>
      <translation>Clubs with membership within the standard</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="39" />
      <source>Số CLB đạt chuẩn cơ cấu thành viên</source>
      <translation>Clubs meeting the composition standards</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="40" />
      <source>Số CLB có đủ hai quỹ</source>
      <translation>Clubs with both funds</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="41" />
      <source>Số CLB có Ban chủ nhiệm được tập huấn</source>
      <translation>Clubs whose board was trained</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="42" />
      <source>Số CLB được giám sát</source>
      <translation>Clubs supervised</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="43" />
      <source>Tổng số thành viên</source>
      <translation>Members in all</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="44" />
      <source>Thành viên là người cao tuổi</source>
      <translation>Members who are older people</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="45" />
      <source>Thành viên nữ</source>
      <translation>Women members</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="46" />
      <source>Thành viên nghèo, cận nghèo, hoàn cảnh khó khăn</source>
      <translation>Members poor, near-poor or in hardship</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="47" />
      <source>Thành viên của các CLB thành lập trong kỳ</source>
      <translation>Members of clubs founded in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="48" />
      <source>Người cao tuổi trong các CLB thành lập trong kỳ</source>
      <translation>Older people in clubs founded in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="49" />
      <source>Thành viên vay vốn (tiền mặt hoặc hiện vật)</source>
      <translation>Members who borrowed (cash or in kind)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="50" />
      <source>Thành viên vay vốn có thu nhập tăng</source>
      <translation>Borrowers whose income improved</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="51" />
      <source>Số khoản vay giải ngân trong kỳ</source>
      <translation>Loans disbursed in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="52" />
      <source>Số khoản vay còn dư nợ</source>
      <translation>Loans outstanding</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="53" />
      <source>Số buổi sinh hoạt đã tổ chức</source>
      <translation>Meetings held</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="54" />
      <source>Số tháng phải sinh hoạt</source>
      <translation>Months with a meeting due</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="55" />
      <source>Lượt thành viên dự sinh hoạt</source>
      <translation>Member attendances</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="56" />
      <source>Lượt thành viên phải dự sinh hoạt</source>
      <translation>Member attendances expected</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="57" />
      <source>Thành viên được khám sức khỏe</source>
      <translation>Members with a health check</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="58" />
      <source>Người cao tuổi được chăm sóc tại nhà</source>
      <translation>Older people cared for at home</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="59" />
      <source>Lượt thăm, chăm sóc tại nhà</source>
      <translation>Home-care visits</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="60" />
      <source>Người được hỗ trợ tiếp cận chính sách</source>
      <translation>People helped to claim entitlements</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="61" />
      <source>Người được hưởng chính sách sau hỗ trợ</source>
      <translation>People granted an entitlement after help</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="62" />
      <source>Số trường hợp được giúp đỡ</source>
      <translation>Self-help cases</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="63" />
      <source>Số lượt giám sát</source>
      <translation>Supervision visits</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="64" />
      <source>Tổng điểm giám sát (phần mười điểm)</source>
      <translation>Supervision scores in total (tenths of a point)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="65" />
      <source>Số lượt giám sát có chấm điểm</source>
      <translation>Scored supervision visits</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="68" />
      <source>Hoạt động chăm sóc sức khỏe</source>
      <translation>Health care activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="69" />
      <source>Hoạt động tạo thu nhập</source>
      <translation>Income generation activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="70" />
      <source>Hoạt động văn hóa, văn nghệ, xã hội</source>
      <translation>Culture, arts and social activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="71" />
      <source>Hoạt động tự giúp nhau, hỗ trợ cộng đồng</source>
      <translation>Self-help and community support activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="72" />
      <source>Hoạt động học tập, nâng cao nhận thức</source>
      <translation>Learning and awareness activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="73" />
      <source>Hoạt động chăm sóc tại nhà</source>
      <translation>Home care activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="74" />
      <source>Hoạt động huy động nguồn lực</source>
      <translation>Resource mobilisation activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="75" />
      <source>Hoạt động bảo vệ quyền và lợi ích</source>
      <translation>Rights and entitlements activities</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="78" />
      <source>Hội phí thu được</source>
      <translation>Fees collected</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="79" />
      <source>Hội phí phải thu</source>
      <translation>Fees due</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="80" />
      <source>Số dư quỹ quay vòng tạo thu nhập cuối kỳ</source>
      <translation>Revolving income fund balance at the end of the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="81" />
      <source>Số dư quỹ hoạt động cuối kỳ</source>
      <translation>Activity fund balance at the end of the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="82" />
      <source>Số dư các quỹ khác cuối kỳ</source>
      <translation>Other funds' balances at the end of the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="83" />
      <source>Số tiền cho vay trong kỳ</source>
      <translation>Amount lent in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="84" />
      <source>Dư nợ cuối kỳ</source>
      <translation>Outstanding at the end of the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="85" />
      <source>Số tiền trả nợ đến hạn trong kỳ</source>
      <translation>Repayments due in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="86" />
      <source>Số tiền trả nợ đã thu trong kỳ</source>
      <translation>Repayments collected in the period</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="87" />
      <source>Giá trị giúp đỡ</source>
      <translation>Value of help given</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="88" />
      <source>Ngân sách tỉnh hỗ trợ</source>
      <translation>Provincial budget support</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="89" />
      <source>Ngân sách xã/phường hỗ trợ</source>
      <translation>Commune/ward budget support</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="90" />
      <source>Ủng hộ, tài trợ</source>
      <translation>Donations and sponsorship</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="103" />
      <source>Tỷ lệ CLB có số thành viên trong chuẩn</source>
      <translation>Clubs with membership within the standard (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="104" />
      <source>Tỷ lệ CLB đạt chuẩn cơ cấu</source>
      <translation>Clubs meeting the composition standards (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="106" />
      <source>Tỷ lệ CLB có đủ hai quỹ</source>
      <translation>Clubs with both funds (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="107" />
      <source>Tỷ lệ CLB được tập huấn</source>
      <translation>Clubs trained (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="108" />
      <source>Tỷ lệ CLB được giám sát</source>
      <translation>Clubs supervised (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="109" />
      <source>Tỷ lệ thành viên là người cao tuổi</source>
      <translation>Older members (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="110" />
      <source>Tỷ lệ thành viên nữ</source>
      <translation>Women members (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="111" />
      <source>Tỷ lệ thành viên nghèo, khó khăn</source>
      <translation>Poor or hardship members (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="113" />
      <source>Tỷ lệ thành viên vay vốn</source>
      <translation>Members who borrowed (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="114" />
      <source>Tỷ lệ thành viên vay vốn có thu nhập tăng</source>
      <translation>Borrowers whose income improved (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="116" />
      <source>Tỷ lệ thành viên vay vốn và tăng thu nhập</source>
      <translation>Members who borrowed and improved their income (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="118" />
      <source>Tỷ lệ tháng có sinh hoạt</source>
      <translation>Months with a meeting (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="119" />
      <source>Tỷ lệ dự sinh hoạt</source>
      <translation>Attendance (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="121" />
      <source>Tỷ lệ thu hội phí</source>
      <translation>Fees collected (%)</translation>
    </message>
    <message>
      <location filename="../../models/reporting/indicators.py" line="122" />
      <source>Tỷ lệ trả nợ đúng hạn</source>
      <translation>Repayments on time (%)</translation>
    </message>
    <message>
      <location filename="../../models/signoff/board.py" line="120" />
      <source>Chờ cấp dưới: {done}/{total} đơn vị đã được duyệt</source>
      <translation>Waiting for the units below: {done}/{total} approved</translation>
    </message>
    <message>
      <location filename="../../models/signoff/board.py" line="121" />
      <source>Chờ {office} lập và gửi báo cáo</source>
      <translation>Waiting for {office} to write and send the report</translation>
    </message>
    <message>
      <location filename="../../models/signoff/board.py" line="122" />
      <source>Bị trả lại, chờ {office} sửa và gửi lại</source>
      <translation>Returned; waiting for {office} to correct and resend it</translation>
    </message>
    <message>
      <location filename="../../models/signoff/board.py" line="123" />
      <source>Chờ {office} duyệt</source>
      <translation>Waiting for approval by {office}</translation>
    </message>
    <message>
      <location filename="../../models/signoff/board.py" line="124" />
      <source>Đã duyệt</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../models/signoff/board.py" line="134" />
      <source>cấp trung ương</source>
      <translation>the central office</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="107" />
      <source>chưa có dữ liệu trong chương trình</source>
      <translation>no data in the program yet</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="110" />
      <source>{n} buổi sinh hoạt trong 12 tháng</source>
      <translation>{n} meetings in 12 months</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="113" />
      <source>{n} lớp tập huấn trong 12 tháng</source>
      <translation>{n} trainings in 12 months</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="116" />
      <source>Ban chủ nhiệm: {n} người</source>
      <translation>Management board: {n} people</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="124" />
      <source>{n} tình nguyện viên chăm sóc tại nhà</source>
      <translation>{n} home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="131" />
      <source>chưa kiểm kê quỹ</source>
      <translation>no cash count yet</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="133" />
      <source>kiểm kê ngày {date}, chênh lệch {diff} đ</source>
      <translation>counted on {date}, difference {diff} đ</translation>
    </message>
    <message>
      <location filename="../../models/supervision/facts.py" line="136" />
      <source>{n} khoản vay quá hạn</source>
      <translation>{n} overdue loans</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="12" />
      <source>Hoạt động</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="13" />
      <source>Lĩnh vực hoạt động</source>
      <translation>Activity area</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="14" />
      <source>Tên hoạt động</source>
      <translation>Activity title</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="15" />
      <source>Số thành viên tham gia</source>
      <translation>Members taking part</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="16" />
      <source>Số người ngoài CLB tham gia</source>
      <translation>People from outside the club taking part</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="17" />
      <source>Người tham gia</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="18" />
      <source>Lần khám sức khỏe</source>
      <translation>Health check</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="19" />
      <source>Huyết áp tâm thu</source>
      <translation>Systolic blood pressure</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="20" />
      <source>Huyết áp tâm trương</source>
      <translation>Diastolic blood pressure</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="21" />
      <source>Cân nặng</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="22" />
      <source>Đường huyết</source>
      <translation>Blood sugar</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="23" />
      <source>Cặp chăm sóc tại nhà</source>
      <translation>Home-care pair</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="24" />
      <source>Lần thăm chăm sóc tại nhà</source>
      <translation>Home-care visit</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="25" />
      <source>Tình nguyện viên chăm sóc</source>
      <translation>Home-care volunteer</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="26" />
      <source>Người cao tuổi được chăm sóc</source>
      <translation>Older person cared for</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="27" />
      <source>Việc đã làm giúp</source>
      <translation>Services given</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="28" />
      <source>Trường hợp được giúp đỡ</source>
      <translation>Person helped</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="29" />
      <source>Nội dung giúp đỡ</source>
      <translation>Help given</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="30" />
      <source>Giá trị (đồng)</source>
      <translation>Value (đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="31" />
      <source>Hỗ trợ tiếp cận chế độ, chính sách</source>
      <translation>Help to claim an entitlement</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="32" />
      <source>Chế độ, chính sách</source>
      <translation>Entitlement</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="33" />
      <source>Kết quả</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="34" />
      <source>Lớp tập huấn, tham quan học tập</source>
      <translation>Training course or study visit</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="35" />
      <source>Người tham dự</source>
      <translation>Attendee</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="37" />
      <source>Đơn vị tổ chức</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="38" />
      <source>Địa điểm</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="39" />
      <source>Tài liệu</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="43" />
      <source>CLB chưa có quyết định thành lập</source>
      <translation>the club has no founding decision yet</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="44" />
      <source>trước ngày thành lập CLB ({date})</source>
      <translation>before the club was founded ({date})</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="45" />
      <source>chưa đủ {age} tuổi, chưa là người cao tuổi</source>
      <translation>not yet {age} years old, not an older person</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="46" />
      <source>tình nguyện viên và người được chăm sóc phải là hai người khác nhau</source>
      <translation>the volunteer and the person cared for must be two different people</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="47" />
      <source>ngoài thời gian chăm sóc của cặp này (từ {start})</source>
      <translation>outside the time of this home-care pair (from {start})</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="48" />
      <source>cặp chăm sóc này đã kết thúc ngày {date}</source>
      <translation>this home-care pair ended on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="49" />
      <source>ít hơn số người có tên trong danh sách ({count})</source>
      <translation>fewer than the people named in the list ({count})</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="50" />
      <source>chỉ chọn một: thành viên CLB hoặc ghi tên người tham dự</source>
      <translation>choose one: a club member or the attendee's name</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="51" />
      <source>chưa nhập chỉ số nào (huyết áp, cân nặng, đường huyết) hoặc ghi chú</source>
      <translation>no measurement (blood pressure, weight, blood sugar) or note entered</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="52" />
      <source>trước lần thăm gần nhất của cặp này</source>
      <translation>before the pair's last visit</translation>
    </message>
    <message>
      <location filename="../../models/text/activity_words.py" line="53" />
      <source>hai người này đang là một cặp chăm sóc</source>
      <translation>these two people already are a home-care pair</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="11" />
      <source>Phiếu thu/chi</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="12" />
      <source>Dòng sổ theo dõi cho vay bằng hiện vật</source>
      <translation>In-kind register row</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="13" />
      <source>Quy định cho vay</source>
      <translation>Lending rules</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="14" />
      <source>Khóa sổ</source>
      <translation>Closed period</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="15" />
      <source>Kiểm kê quỹ</source>
      <translation>Cash count</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="16" />
      <source>Nhật ký thay đổi</source>
      <translation>Change log</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="21" />
      <source>Người ghi</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="22" />
      <source>Thời điểm ghi</source>
      <translation>Recorded at</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="23" />
      <source>Người lập</source>
      <translation>Made by</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="26" />
      <source>Người khóa sổ</source>
      <translation>Closed by</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="27" />
      <source>Thời điểm khóa sổ</source>
      <translation>Closed at</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="28" />
      <source>Người kiểm kê</source>
      <translation>Counted by</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="29" />
      <source>Người nộp/nhận ngoài CLB</source>
      <translation>Payer/payee outside the club</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="30" />
      <source>Số</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="31" />
      <source>Hủy dòng</source>
      <translation>Cancels row</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="32" />
      <source>Lý do hủy</source>
      <translation>Reason for cancelling</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="33" />
      <source>Ngày kết thúc</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="34" />
      <source>Quyết định xóa nợ</source>
      <translation>Write-off decision</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="35" />
      <source>Ghi chú khi kết thúc</source>
      <translation>Note at closing</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="36" />
      <source>Phiếu chi giải ngân</source>
      <translation>Disbursement voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="37" />
      <source>Phiếu thu tiền gốc</source>
      <translation>Principal receipt</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="38" />
      <source>Phiếu thu tiền lãi</source>
      <translation>Interest receipt</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="39" />
      <source>Phiếu chi mua hiện vật</source>
      <translation>Payment for the goods</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="40" />
      <source>Chiều</source>
      <translation>Direction</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="41" />
      <source>Lịch trả nợ</source>
      <translation>Repayment schedule</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="42" />
      <source>Số dư trên sổ</source>
      <translation>Book balance</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="43" />
      <source>Chênh lệch</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="44" />
      <source>Ngày lập quỹ</source>
      <translation>Fund opened on</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="45" />
      <source>Mức đóng</source>
      <translation>Fee due</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="46" />
      <source>Tổng thu quỹ</source>
      <translation>Fees collected</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="47" />
      <source>Tổng thu nợ</source>
      <translation>Repayments collected</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="48" />
      <source>Số thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="49" />
      <source>Số có mặt</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="50" />
      <source>Chuyển sang</source>
      <translation>Moved to</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="53" />
      <source>Nhận vào</source>
      <translation>In</translation>
    </message>
    <message>
      <location filename="../../models/text/audit_words.py" line="53" />
      <source>Giao ra</source>
      <translation>Out</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="10" />
      <source>Câu lạc bộ</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="11" />
      <source>Xã/phường</source>
      <translation>Commune/ward</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="12" />
      <source>Tỉnh/thành phố</source>
      <translation>Province/city</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="13" />
      <source>Toàn quốc</source>
      <translation>Nation</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="18" />
      <source>Tin cậy khóa</source>
      <translation>Trust key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="19" />
      <source>Thu hồi khóa</source>
      <translation>Revoke key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="20" />
      <source>Nhận gói báo cáo</source>
      <translation>Receive report package</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="24" />
      <source>Gói báo cáo</source>
      <translation>Report package</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="25" />
      <source>Tệp khóa công khai</source>
      <translation>Public key file</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="26" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="27" />
      <source>Dấu vân tay khóa</source>
      <translation>Key fingerprint</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="28" />
      <source>Khóa của văn phòng</source>
      <translation>Office key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="29" />
      <source>Khóa tin cậy</source>
      <translation>Trusted key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="30" />
      <source>Báo cáo đã nhận</source>
      <translation>Received reports</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="35" />
      <source>tệp không phải là khóa công khai của chương trình</source>
      <translation>the file is not a public key of this program</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="36" />
      <source>khóa không phải loại Ed25519</source>
      <translation>the key is not an Ed25519 key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="37" />
      <source>dấu vân tay ghi trong tệp không khớp với khóa: tệp đã bị sửa</source>
      <translation>the fingerprint written in the file does not match the key: the file was changed</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="38" />
      <source>khóa này đã được tin cậy cho đơn vị {unit}</source>
      <translation>this key is already trusted for unit {unit}</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="39" />
      <source>khóa này đã được tin cậy cho đơn vị khác ({unit}); một khóa chỉ dùng cho một đơn vị</source>
      <translation>this key is already trusted for another unit ({unit}); a key serves one unit only</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="41" />
      <source>đây là khóa của chính văn phòng này</source>
      <translation>this is this office's own key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="42" />
      <source>văn phòng cấp này không nhận báo cáo của cấp dưới</source>
      <translation>an office of this level receives no reports from below</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="43" />
      <source>không có cấp trên để gửi báo cáo của {value}</source>
      <translation>there is no level above to send the report of {value} to</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="44" />
      <source>tệp khóa ghi đơn vị {claimed}, không phải {value}</source>
      <translation>the key file names unit {claimed}, not {value}</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="45" />
      <source>{value} không phải đơn vị trực thuộc văn phòng này</source>
      <translation>{value} is not a unit directly below this office</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="46" />
      <source>chỉ gửi được báo cáo của chính đơn vị văn phòng này, không phải {value}</source>
      <translation>only this office's own unit's report can be sent, not {value}</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="47" />
      <source>cần ít nhất {min} chữ số đầu của dấu vân tay</source>
      <translation>at least the first {min} digits of the fingerprint are needed</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="48" />
      <source>nhiều khóa có dấu vân tay bắt đầu bằng «{value}»: nhập thêm chữ số</source>
      <translation>several keys have a fingerprint starting with “{value}”: type more digits</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="49" />
      <source>khóa {value} đã bị thu hồi trước đó</source>
      <translation>key {value} was revoked already</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="51" />
      <source>tệp lớn quá {limit}</source>
      <translation>the file is larger than {limit}</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="52" />
      <source>không đọc được tệp: {reason}</source>
      <translation>the file cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="53" />
      <source>tệp không phải là gói báo cáo của chương trình</source>
      <translation>the file is not a report package of this program</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="54" />
      <source>gói báo cáo theo định dạng {value} mà phiên bản này không đọc được</source>
      <translation>the package is in format {value}, which this version cannot read</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="55" />
      <source>gói báo cáo bị hỏng (phần «{part}» không đúng)</source>
      <translation>the package is damaged (part “{part}” is wrong)</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="56" />
      <source>tệp đã bị sửa sau khi ký (khác với tệp chương trình đã ghi)</source>
      <translation>the file was changed after signing (it differs from the file the program wrote)</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="57" />
      <source>gói được ký bằng khóa chưa được tin cậy ({fingerprint})</source>
      <translation>the package is signed with a key that is not trusted ({fingerprint})</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="58" />
      <source>gói được ký bằng khóa đã bị thu hồi ({fingerprint})</source>
      <translation>the package is signed with a revoked key ({fingerprint})</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="59" />
      <source>chữ ký không hợp lệ: phần mô tả gói đã bị sửa hoặc không do khóa này ký</source>
      <translation>invalid signature: the package description was changed or not signed by this key</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="61" />
      <source>số liệu báo cáo không khớp với mã băm đã ký: số liệu đã bị sửa</source>
      <translation>the report figures do not match the signed hash: the figures were changed</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="62" />
      <source>tệp PDF không khớp với mã băm đã ký: tệp PDF đã bị sửa</source>
      <translation>the PDF does not match the signed hash: the PDF was changed</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="63" />
      <source>tệp báo cáo kèm theo không phải là PDF</source>
      <translation>the attached report is not a PDF</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="64" />
      <source>số liệu báo cáo trong gói không đọc được</source>
      <translation>the report figures in the package cannot be read</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="65" />
      <source>phần mô tả gói không khớp với số liệu báo cáo</source>
      <translation>the package description does not match the report figures</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="66" />
      <source>tệp PDF không phải bản đã được phê duyệt cùng số liệu</source>
      <translation>the PDF is not the one approved with the figures</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="67" />
      <source>gói là báo cáo của {unit} nhưng được ký bằng khóa tin cậy cho {key_unit}</source>
      <translation>the package is the report of {unit} but is signed with the key trusted for {key_unit}</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="69" />
      <source>báo cáo {unit} năm {year} phiên bản {version} đã được nhận trước đó</source>
      <translation>the {year} report of {unit}, version {version}, was received before</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="70" />
      <source>đã nhận một báo cáo {unit} năm {year} phiên bản {version} có số liệu khác: phiên bản mới phải mang số lớn hơn</source>
      <translation>a {year} report of {unit}, version {version}, with other figures was received already: a new version must carry a higher number</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="72" />
      <source>báo cáo {unit} năm {year} phiên bản {version} cũ hơn phiên bản {held} đã nhận</source>
      <translation>the {year} report of {unit}, version {version}, is older than version {held} already received</translation>
    </message>
    <message>
      <location filename="../../models/text/exchange_words.py" line="74" />
      <source>số liệu gửi lên có dữ liệu cá nhân (tại {path})</source>
      <translation>the figures to send contain personal data (at {path})</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="16" />
      <source>Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số {id} ({date}, {entity} {entity_id}, {action}): {what}</source>
      <translation>The change log was altered outside the program from row {id} ({date}, {entity} {entity_id}, {action}): {what}</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="19" />
      <source>Nhật ký thay đổi phải kết thúc ở dòng số {id} nhưng dòng cuối hiện có là số {previous_id}: có dòng bị xóa hoặc thêm ngoài chương trình</source>
      <translation>The change log should end at row {id} but its last row is {previous_id}: rows were deleted or added outside the program</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="22" />
      <source>Quỹ mã {fund}: {kind} năm {year} bị mất số {number} (phiếu kế tiếp là số {next}, ngày {date}, mã dòng {id})</source>
      <translation>Fund {fund}: {kind} of {year} is missing number {number} (the next voucher is number {next}, dated {date}, row {id})</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="25" />
      <source>Văn bản mã {id} (ngày {date}): tệp PDF lưu trữ không còn khớp mã băm SHA-256 của văn bản đã ban hành</source>
      <translation>Document {id} (dated {date}): the stored PDF no longer matches the SHA-256 of the issued document</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="28" />
      <source>Văn bản mã {id} (ngày {date}): mã băm SHA-256 khác với mã ghi trong nhật ký khi ban hành</source>
      <translation>Document {id} (dated {date}): its SHA-256 differs from the one recorded in the change log when it was issued</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="31" />
      <source>Báo cáo năm {year} của {unit} (phiên bản {version}): số liệu đã duyệt không còn khớp mã băm SHA-256 ghi khi duyệt</source>
      <translation>Annual report {year} of {unit} (version {version}): the approved figures no longer match the SHA-256 recorded at approval</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="34" />
      <source>Báo cáo năm {year} của {unit} (phiên bản {version}): bản PDF lưu trữ không phải bản đã duyệt cùng số liệu</source>
      <translation>Annual report {year} of {unit} (version {version}): the archived PDF is not the one approved with the figures</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="37" />
      <source>Báo cáo đã nhận mã {id} ({unit}, năm {year}, phiên bản {version}): số liệu hoặc tệp PDF không còn khớp mã băm của gói đã ký khi nhận</source>
      <translation>Received report {id} ({unit}, year {year}, version {version}): its figures or PDF no longer match the hashes of the signed package it came in</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="40" />
      <source>{table} mã {id} (ngày {date}) khác với nội dung nhật ký đã ghi (dòng nhật ký số {audit_id}): {changes}</source>
      <translation>{table} {id} (dated {date}) differs from what the change log recorded (log row {audit_id}): {changes}</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="43" />
      <source>{table} mã {id} (ngày {date}) đã bị xóa; nhật ký (dòng số {audit_id}) vẫn ghi việc lập</source>
      <translation>{table} {id} (dated {date}) was deleted; the change log (row {audit_id}) still records it</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="46" />
      <source>Quỹ mã {fund}: giá trị quỹ theo tài sản ({held} đồng: tiền mặt, dư nợ, hiện vật) khác giá trị theo nguồn hình thành ({sources} đồng)</source>
      <translation>Fund {fund}: its value from what it holds ({held} đồng: cash, loans outstanding, goods) differs from its value from its sources ({sources} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="49" />
      <source>Khoản vay mã {id} bằng hiện vật: hiện vật đã giao ({handed} đồng) khác số tiền vay ({principal} đồng)</source>
      <translation>In-kind loan {id}: the goods handed over ({handed} đồng) differ from the loan's amount ({principal} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="52" />
      <source>Quỹ mã {fund}: hiện vật quỹ giữ bị âm ngày {date} ({value} đồng)</source>
      <translation>Fund {fund}: the goods it holds go below zero on {date} ({value} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="54" />
      <source>{table} mã {id} (ngày {date}) không có dòng nhật ký ghi việc lập: có thể đã được thêm ngoài chương trình</source>
      <translation>{table} {id} (dated {date}) has no change-log row recording it: it may have been added outside the program</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="58" />
      <source>Buổi sinh hoạt ngày {date} của CLB {club} ghi thu hội phí {total} đồng nhưng không có phiếu thu trong sổ quỹ</source>
      <translation>The meeting of club {club} on {date} records {total} đồng of fees but the fund book has no receipt for them</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="61" />
      <source>Buổi sinh hoạt ngày {date} của CLB {club}: phiếu thu hội phí (mã dòng {id}) không có trong sổ quỹ hoặc không khớp: phiếu ghi {amount} đồng, buổi sinh hoạt ghi {total} đồng</source>
      <translation>The meeting of club {club} on {date}: its fee receipt (row {id}) is missing from the fund book or does not match: the receipt says {amount} đồng, the meeting {total} đồng</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="65" />
      <source>Buổi sinh hoạt ngày {date} của CLB {club}: chỉ một phần các khoản thu (hội phí, trả nợ) đã bị hủy; các khoản thu của một buổi sinh hoạt phải được hủy cùng nhau</source>
      <translation>The meeting of club {club} on {date}: only some of its takings (fees, repayments) were reversed; a meeting's takings are reversed together</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="68" />
      <source>Buổi sinh hoạt ngày {date} của CLB {club}: các khoản thu trong sổ quỹ và ghi chú hủy trên buổi sinh hoạt không khớp nhau</source>
      <translation>The meeting of club {club} on {date}: the takings in the fund book and the meeting's reversal note disagree</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="72" />
      <source>Khoản vay số {number} của CLB {club} (giải ngân ngày {date}): lịch trả nợ cộng lại {amount} đồng tiền gốc, khác số tiền vay {principal} đồng (hoặc có kỳ trả âm)</source>
      <translation>Loan {number} of club {club} (disbursed on {date}): its schedule adds up to {amount} đồng of principal, not the {principal} đồng lent (or has a negative instalment)</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="75" />
      <source>Khoản vay số {number} của CLB {club} (ngày {date}, {principal} đồng) không có phiếu chi giải ngân</source>
      <translation>Loan {number} of club {club} ({date}, {principal} đồng) has no disbursement voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="78" />
      <source>Khoản vay số {number} của CLB {club}: phiếu chi giải ngân (mã dòng {id}) ghi {amount} đồng, không khớp với khoản vay ({principal} đồng, ngày {date})</source>
      <translation>Loan {number} of club {club}: its disbursement voucher (row {id}) says {amount} đồng and does not match the loan ({principal} đồng, {date})</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="81" />
      <source>Phiếu chi {voucher} của CLB {club} (ngày {date}, {amount} đồng) ghi «Cho vay» nhưng không thuộc khoản vay nào trong sổ cho vay</source>
      <translation>Payment voucher {voucher} of club {club} ({date}, {amount} VND) is recorded as “Loan” but belongs to no loan in the loan register</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="84" />
      <source>Khoản vay số {number} của CLB {club}: phiếu chi giải ngân (mã dòng {id}) đã bị hủy trong sổ quỹ nhưng khoản vay vẫn còn</source>
      <translation>Loan {number} of club {club}: its disbursement voucher (row {id}) was reversed in the fund book but the loan still stands</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="87" />
      <source>Khoản vay số {number} của CLB {club}: đã trả {amount} đồng tiền gốc, nhiều hơn số tiền vay {principal} đồng</source>
      <translation>Loan {number} of club {club}: {amount} đồng of principal repaid, more than the {principal} đồng lent</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="90" />
      <source>Khoản vay số {number} của CLB {club} ghi là đã trả hết nhưng còn nợ {amount} đồng tiền gốc</source>
      <translation>Loan {number} of club {club} is marked repaid but still owes {amount} đồng of principal</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="93" />
      <source>Lần trả nợ ngày {date} của khoản vay số {number} (CLB {club}): {part} {amount} đồng không khớp với phiếu thu trong sổ quỹ ({entry_amount} đồng)</source>
      <translation>The repayment of {date} on loan {number} (club {club}): {part} of {amount} đồng does not match its receipt in the fund book ({entry_amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="97" />
      <source>Lần giám sát CLB {club} ngày {date}: điểm đã lưu ({stored}) khác điểm tính lại từ các câu trả lời ({computed})</source>
      <translation>Supervision visit to club {club} on {date}: the stored score ({stored}) differs from the score its answers give ({computed})</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="100" />
      <source>Lần giám sát CLB {club} ngày {date}: có câu trả lời cho tiêu chí không thuộc mẫu phiếu đã dùng (tiêu chí «{item}»)</source>
      <translation>Supervision visit to club {club} on {date}: an answer names an item that is not in the checklist version used (item “{item}”)</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="103" />
      <source>Lần giám sát CLB {club} ngày {date}: tiêu chí bắt buộc «{item}» chưa được trả lời</source>
      <translation>Supervision visit to club {club} on {date}: the required item “{item}” is not answered</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="108" />
      <source>tiền gốc</source>
      <translation>principal</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="108" />
      <source>tiền lãi</source>
      <translation>interest</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="113" />
      <source>nội dung dòng này không còn như khi ghi</source>
      <translation>this row is no longer what was recorded</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="114" />
      <source>dòng ngay trước nó đã bị xóa, hoặc có dòng chèn thêm</source>
      <translation>the row just before it was deleted, or a row was inserted</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="115" />
      <source>dòng không có mã băm: được thêm ngoài chương trình</source>
      <translation>a row without a hash: added outside the program</translation>
    </message>
    <message>
      <location filename="../../models/text/findings.py" line="121" />
      <source>Lần trả nợ</source>
      <translation>Repayment</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="22" />
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="23" />
      <source>Nam</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="26" />
      <source>Hộ nghèo</source>
      <translation>Poor household</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="27" />
      <source>Hộ cận nghèo</source>
      <translation>Near-poor household</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="28" />
      <source>Hoàn cảnh khó khăn</source>
      <translation>In hardship</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="32" />
      <source>Qua đời</source>
      <translation>Died</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="33" />
      <source>Chuyển đi nơi khác</source>
      <translation>Moved away</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="34" />
      <source>Xin ra khỏi CLB</source>
      <translation>Left at own request</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="35" />
      <source>Lý do khác</source>
      <translation>Other reason</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="38" />
      <source>Ký giấy đồng ý</source>
      <translation>Signed consent form</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="39" />
      <source>Đồng ý bằng lời, có người làm chứng</source>
      <translation>Verbal consent, witnessed</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="40" />
      <source>Đồng ý điện tử</source>
      <translation>Electronic consent</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="43" />
      <source>Thành viên</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="44" />
      <source>Tổ trưởng</source>
      <translation>Group leader</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="45" />
      <source>Tổ phó</source>
      <translation>Deputy group leader</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="48" />
      <source>Chủ nhiệm</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="49" />
      <source>Phó Chủ nhiệm</source>
      <translation>Vice-chair</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="50" />
      <source>Thư ký</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="51" />
      <source>Kế toán</source>
      <translation>Accountant</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="52" />
      <source>Thủ quỹ</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="53" />
      <source>Trưởng nhóm</source>
      <translation>Team leader</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="54" />
      <source>Ủy viên BCN</source>
      <translation>Board member</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="57" />
      <source>Dự kiến</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="58" />
      <source>Đã thành lập</source>
      <translation>Established</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="59" />
      <source>Đang hoạt động</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="60" />
      <source>Tạm dừng</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="61" />
      <source>Đã giải thể</source>
      <translation>Dissolved</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="65" />
      <source>Người cao tuổi</source>
      <translation>Older people</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="67" />
      <source>Nghèo, cận nghèo, khó khăn</source>
      <translation>Poor/hardship</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="68" />
      <source>TNV chăm sóc tại nhà</source>
      <translation>Home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="71" />
      <source>Thôn</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="72" />
      <source>Bản</source>
      <translation>Village (bản)</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="73" />
      <source>Tổ dân phố</source>
      <translation>Residential group</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="74" />
      <source>Khu phố</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="75" />
      <source>Ấp</source>
      <translation>Hamlet (ấp)</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="76" />
      <source>Xóm</source>
      <translation>Hamlet (xóm)</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="77" />
      <source>Khu</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="80" />
      <source>Quỹ quay vòng tạo thu nhập</source>
      <translation>Income-generation revolving fund</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="81" />
      <source>Quỹ hoạt động</source>
      <translation>Activity fund</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="82" />
      <source>Quỹ chăm sóc tại nhà</source>
      <translation>Home-care fund</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="83" />
      <source>Sổ Tấm lòng vàng</source>
      <translation>Golden Heart donation book</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="84" />
      <source>Quỹ khác</source>
      <translation>Other fund</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="87" />
      <source>Phiếu thu</source>
      <translation>Receipt voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="88" />
      <source>Phiếu chi</source>
      <translation>Payment voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="91" />
      <source>Thành viên đóng góp</source>
      <translation>Member contributions</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="95" />
      <source>Hỗ trợ khác</source>
      <translation>Other support</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="96" />
      <source>Thu hồi vốn vay</source>
      <translation>Loan repayments</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="97" />
      <source>Thu lãi vay</source>
      <translation>Loan interest</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="98" />
      <source>Cho vay</source>
      <translation>Loans made</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="99" />
      <source>Mua hiện vật cho vay</source>
      <translation>Goods bought for a loan</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="100" />
      <source>Chi hoạt động</source>
      <translation>Activity spending</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="101" />
      <source>Chi chăm sóc tại nhà</source>
      <translation>Home-care spending</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="102" />
      <source>Chi hỗ trợ thành viên</source>
      <translation>Support payments to members</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="103" />
      <source>Khác</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="106" />
      <source>Trong hạn</source>
      <translation>Current</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="107" />
      <source>Quá hạn</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="108" />
      <source>Đã trả hết</source>
      <translation>Repaid</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="109" />
      <source>Đã xóa nợ</source>
      <translation>Written off</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="112" />
      <source>Chăn nuôi</source>
      <translation>Livestock</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="113" />
      <source>Trồng trọt</source>
      <translation>Crops</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="114" />
      <source>Buôn bán nhỏ</source>
      <translation>Small trade</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="115" />
      <source>Nghề thủ công</source>
      <translation>Handicrafts</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="116" />
      <source>Dịch vụ</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="120" />
      <source>Mua vào</source>
      <translation>Bought</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="121" />
      <source>Giao cho vay</source>
      <translation>Lent</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="122" />
      <source>Nhận trả nợ gốc</source>
      <translation>Principal handed back</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="123" />
      <source>Nhận trả lãi</source>
      <translation>Interest handed back</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="126" />
      <source>Tiền mặt</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="127" />
      <source>Hiện vật</source>
      <translation>In kind</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="130" />
      <source>Lãi tính trên số tiền vay ban đầu</source>
      <translation>Interest on the original loan amount</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="131" />
      <source>Lãi tính trên dư nợ giảm dần</source>
      <translation>Interest on the declining balance</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="132" />
      <source>Không tính lãi</source>
      <translation>No interest</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="135" />
      <source>Trả gốc và lãi hằng tháng</source>
      <translation>Principal and interest monthly</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="136" />
      <source>Trả gốc và lãi hằng quý</source>
      <translation>Principal and interest quarterly</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="137" />
      <source>Trả lãi hằng tháng, gốc một lần cuối kỳ</source>
      <translation>Interest monthly, principal in one payment at the end</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="141" />
      <source>Chăm sóc sức khỏe</source>
      <translation>Health care</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="142" />
      <source>Tạo thu nhập</source>
      <translation>Income generation</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="143" />
      <source>Văn hóa, văn nghệ và đời sống xã hội</source>
      <translation>Culture, arts and social life</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="144" />
      <source>Tự giúp nhau và hỗ trợ cộng đồng</source>
      <translation>Self-help and community support</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="145" />
      <source>Học tập và nâng cao nhận thức</source>
      <translation>Learning and awareness</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="146" />
      <source>Chăm sóc tại nhà do tình nguyện viên thực hiện</source>
      <translation>Volunteer home care</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="147" />
      <source>Huy động nguồn lực</source>
      <translation>Resource mobilisation</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="148" />
      <source>Quyền và chế độ chính sách</source>
      <translation>Rights and entitlements</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="151" />
      <source>Hoạt động của CLB</source>
      <translation>Club activity</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="152" />
      <source>Đối thoại với chính quyền địa phương</source>
      <translation>Dialogue with local authorities</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="153" />
      <source>Hoạt động cộng đồng</source>
      <translation>Community action</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="154" />
      <source>Tham quan học tập</source>
      <translation>Study visit</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="155" />
      <source>Truyền thông</source>
      <translation>Communication</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="158" />
      <source>Đang giải quyết</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="159" />
      <source>Được hưởng</source>
      <translation>Granted</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="160" />
      <source>Không được giải quyết</source>
      <translation>Not granted</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="163" />
      <source>Lớp tập huấn</source>
      <translation>Training course</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="167" />
      <source>Cán bộ nhập liệu</source>
      <translation>Data-entry clerk</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="168" />
      <source>Người ký duyệt</source>
      <translation>Approver</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="169" />
      <source>Giám sát cấp trên</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="170" />
      <source>Quản trị</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="174" />
      <source>Nhập và sửa dữ liệu của xã/phường (CLB, thành viên, quỹ, khoản vay, sinh hoạt); xem và nhập thông tin nhạy cảm: số CCCD, hộ nghèo, khuyết tật, sức khỏe.</source>
      <translation>Enters and edits the ward's data (clubs, members, funds, loans, meetings); sees and enters sensitive data: ID numbers, poverty status, disability, health.</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="177" />
      <source>Làm được mọi việc của cán bộ nhập liệu, và ban hành văn bản có số (quyết định, giấy chứng nhận).</source>
      <translation>Everything a data-entry clerk does, and issues numbered papers (decisions, certificates).</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="179" />
      <source>Cấp trên (tỉnh): xem dữ liệu các xã/phường trong tỉnh và ghi biên bản giám sát; không sửa dữ liệu, không xem thông tin nhạy cảm.</source>
      <translation>Upper level (province): reads the data of the province's wards and records supervision visits; edits no data, sees no sensitive data.</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="181" />
      <source>Tạo và quản lý tài khoản, cài đặt của văn phòng, mẫu văn bản, khôi phục sao lưu; nhập dữ liệu và ban hành văn bản. Riêng vai trò này không xem thông tin nhạy cảm.</source>
      <translation>Creates and manages accounts, the office's settings, document templates, restores backups; enters data and issues papers. This role alone does not see sensitive data.</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="186" />
      <source>xem dữ liệu</source>
      <translation>view data</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="187" />
      <source>nhập, sửa dữ liệu</source>
      <translation>enter or edit data</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="188" />
      <source>ban hành văn bản có số</source>
      <translation>issue numbered documents</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="189" />
      <source>ghi biên bản giám sát</source>
      <translation>record supervision reports</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="190" />
      <source>quản trị tài khoản, cài đặt, mẫu văn bản</source>
      <translation>manage accounts, settings and document templates</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="191" />
      <source>xem thông tin nhạy cảm</source>
      <translation>view sensitive information</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="194" />
      <source>Tạo mới</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="195" />
      <source>Sửa</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="196" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="197" />
      <source>Thành lập</source>
      <translation>Establish</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="198" />
      <source>Đổi trạng thái</source>
      <translation>Change status</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="199" />
      <source>Thay cả danh sách</source>
      <translation>Replace whole list</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="200" />
      <source>Ra khỏi CLB</source>
      <translation>Leave club</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="201" />
      <source>Vào lại CLB</source>
      <translation>Rejoin club</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="202" />
      <source>Ngừng dùng</source>
      <translation>Discontinue</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="203" />
      <source>Ban hành</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="204" />
      <source>Về mẫu gốc</source>
      <translation>Reset to default</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="205" />
      <source>Khôi phục dữ liệu</source>
      <translation>Restore data</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="206" />
      <source>Khai báo ban đầu</source>
      <translation>Initial setup</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="207" />
      <source>Nhập từ Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="208" />
      <source>Đăng nhập</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="209" />
      <source>Đăng nhập sai mật khẩu</source>
      <translation>Sign-in with wrong password</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="210" />
      <source>Tạm khóa vì sai mật khẩu</source>
      <translation>Locked after wrong passwords</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="211" />
      <source>Khóa tài khoản</source>
      <translation>Lock account</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="212" />
      <source>Mở khóa tài khoản</source>
      <translation>Unlock account</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="213" />
      <source>Cho dùng lại</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="214" />
      <source>Ngừng sử dụng</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="215" />
      <source>Đặt lại mật khẩu</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="216" />
      <source>Đổi mật khẩu</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="217" />
      <source>Mở quỹ</source>
      <translation>Open fund</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="218" />
      <source>Ghi phiếu</source>
      <translation>Post voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="219" />
      <source>Đảo phiếu</source>
      <translation>Reverse voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="221" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="222" />
      <source>Thu nợ</source>
      <translation>Collect repayment</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="223" />
      <source>Đã trả hết nợ</source>
      <translation>Fully repaid</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="224" />
      <source>Mở lại khoản vay</source>
      <translation>Reopen loan</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="225" />
      <source>Xóa nợ</source>
      <translation>Write off</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="226" />
      <source>Ghi kết quả vay</source>
      <translation>Record loan outcome</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="227" />
      <source>Ẩn danh hóa</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="228" />
      <source>Xuất dữ liệu của thành viên</source>
      <translation>Export member's data</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="229" />
      <source>Xuất đầy đủ dữ liệu nhạy cảm</source>
      <translation>Export with sensitive data in full</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="230" />
      <source>Chuyển dữ liệu lên máy chủ</source>
      <translation>Move data to the server</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="231" />
      <source>Ghi buổi sinh hoạt</source>
      <translation>Record meeting</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="232" />
      <source>Hủy các khoản thu của buổi sinh hoạt</source>
      <translation>Reverse meeting postings</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="233" />
      <source>Ghi lại cho đúng loại (nâng cấp dữ liệu)</source>
      <translation>Recorded as what it was (data upgrade)</translation>
    </message>
    <message>
      <location filename="../../models/text/labels.py" line="234" />
      <source>Chuyển sang sổ theo dõi cho vay bằng hiện vật</source>
      <translation>Moved to the in-kind register</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="10" />
      <source>Buổi sinh hoạt</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="11" />
      <source>Giờ bắt đầu</source>
      <translation>Start time</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="12" />
      <source>Giờ kết thúc</source>
      <translation>End time</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="14" />
      <source>Chủ tọa</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="16" />
      <source>Nội dung sinh hoạt</source>
      <translation>Meeting content</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="17" />
      <source>Kết luận, quyết định</source>
      <translation>Conclusions, decisions</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="18" />
      <source>Ý kiến, kiến nghị</source>
      <translation>Issues raised</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="19" />
      <source>Kế hoạch tháng tới</source>
      <translation>Next month's plan</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="20" />
      <source>Khách mời</source>
      <translation>Guests</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="21" />
      <source>Thành viên vắng mặt</source>
      <translation>Absent members</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="22" />
      <source>Hội phí</source>
      <translation>Fees</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="23" />
      <source>Trả nợ vay</source>
      <translation>Loan repayments</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="24" />
      <source>Hội phí hằng tháng</source>
      <translation>Monthly fee</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="28" />
      <source>CLB đã có buổi sinh hoạt ngày {date}</source>
      <translation>the club already has a meeting on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="31" />
      <source>không đúng giờ hh:mm: «{value}»</source>
      <translation>not a time hh:mm: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="32" />
      <source>giờ kết thúc trước giờ bắt đầu</source>
      <translation>the end time is before the start time</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="33" />
      <source>{name} không phải thành viên đang sinh hoạt của CLB ngày {date}</source>
      <translation>{name} is not an active member of the club on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="34" />
      <source>{name} nộp {amount} đồng, nhiều hơn số phải nộp ({due} đồng); nếu đúng thì xác nhận thu vượt</source>
      <translation>{name} paid {amount} đồng, more than due ({due} đồng); confirm the overpayment if it is right</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="36" />
      <source>khoản vay số {number}: trả {amount} đồng, nhiều hơn số đến hạn ({due} đồng); nếu đúng thì xác nhận thu vượt</source>
      <translation>loan no. {number}: {amount} đồng paid, more than due ({due} đồng); confirm the overpayment if it is right</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="38" />
      <source>khoản vay mã {value} không thuộc CLB này</source>
      <translation>loan id {value} is not a loan of this club</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="39" />
      <source>khoản vay số {number} được ghi hai lần</source>
      <translation>loan no. {number} is entered twice</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="40" />
      <source>CLB chưa có quỹ hoạt động</source>
      <translation>the club has no activity fund</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="41" />
      <source>các khoản thu của buổi sinh hoạt đã được hủy ngày {date}</source>
      <translation>the meeting's postings were reversed on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="42" />
      <source>phiếu này là hội phí của buổi sinh hoạt ngày {date}: hủy các khoản thu ngay trong buổi sinh hoạt đó</source>
      <translation>this voucher holds the fees of the meeting of {date}: reverse the postings from that meeting</translation>
    </message>
    <message>
      <location filename="../../models/text/meeting_words.py" line="44" />
      <source>buổi sinh hoạt không có khoản thu nào để hủy</source>
      <translation>the meeting posted no money to reverse</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="38" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="39" />
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="40" />
      <source>Ngày/năm sinh</source>
      <translation>Date/year of birth</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="41" />
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="42" />
      <source>Năm sinh</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="43" />
      <source>Dân tộc</source>
      <translation>Ethnic group</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="44" />
      <source>Số CCCD</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="45" />
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="46" />
      <source>Thôn/tổ dân phố</source>
      <translation>Village/residential group</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="48" />
      <source>Hoàn cảnh hộ</source>
      <translation>Household status</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="49" />
      <source>Năm xét hộ nghèo/cận nghèo</source>
      <translation>Year of poor/near-poor household assessment</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="50" />
      <source>Ngày đồng ý xử lý dữ liệu</source>
      <translation>Date of data processing consent</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="51" />
      <source>Hình thức đồng ý</source>
      <translation>Form of consent</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="52" />
      <source>Ngày vào CLB</source>
      <translation>Date joined</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="53" />
      <source>Ngày ra khỏi CLB</source>
      <translation>Date left</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="54" />
      <source>Lý do ra khỏi CLB</source>
      <translation>Reason for leaving</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="55" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="56" />
      <source>Tổ/nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="60" />
      <source>Người</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="61" />
      <source>Mã CLB</source>
      <translation>Club code</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="62" />
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="64" />
      <source>Tên cơ quan</source>
      <translation>Office name</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="65" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="66" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="67" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="68" />
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="69" />
      <source>Ngày quyết định</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="70" />
      <source>Cơ quan ra quyết định</source>
      <translation>Issuing authority</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="71" />
      <source>Ngày ra mắt</source>
      <translation>Launch date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="72" />
      <source>Ngày thông qua quy chế</source>
      <translation>Statute adoption date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="73" />
      <source>Ban chủ nhiệm</source>
      <translation>Management board</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="74" />
      <source>Bắt đầu nhiệm kỳ</source>
      <translation>Term start</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="75" />
      <source>Kết thúc nhiệm kỳ</source>
      <translation>Term end</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="76" />
      <source>Số thành viên tối thiểu</source>
      <translation>Minimum number of members</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="77" />
      <source>Số thành viên tối đa</source>
      <translation>Maximum number of members</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="78" />
      <source>Tuổi được tính là người cao tuổi</source>
      <translation>Age from which a person counts as older</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="79" />
      <source>Tỷ lệ người cao tuổi tối thiểu</source>
      <translation>Minimum share of older people</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="80" />
      <source>Tỷ lệ nữ tối thiểu</source>
      <translation>Minimum share of women</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="81" />
      <source>Tỷ lệ nữ tối đa</source>
      <translation>Maximum share of women</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="82" />
      <source>Tỷ lệ nghèo, cận nghèo, khó khăn tối thiểu</source>
      <translation>Minimum share of poor, near-poor and in hardship</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="83" />
      <source>Tỷ lệ nghèo, cận nghèo, khó khăn tối đa</source>
      <translation>Maximum share of poor, near-poor and in hardship</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="84" />
      <source>Số tình nguyện viên chăm sóc tại nhà tối thiểu</source>
      <translation>Minimum number of home-care volunteers</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="85" />
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="86" />
      <source>Tệp</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="87" />
      <source>Tệp cần ghi</source>
      <translation>Output file</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="88" />
      <source>Lề trên</source>
      <translation>Top margin</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="89" />
      <source>Lề dưới</source>
      <translation>Bottom margin</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="90" />
      <source>Lề trái</source>
      <translation>Left margin</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="91" />
      <source>Lề phải</source>
      <translation>Right margin</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="92" />
      <source>Cỡ chữ phần nội dung</source>
      <translation>Body text size</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="94" />
      <source>Địa chỉ</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="95" />
      <source>Nơi ban hành văn bản</source>
      <translation>Issuing body</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="96" />
      <source>Ký hiệu viết tắt</source>
      <translation>Abbreviation</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="97" />
      <source>Cơ quan chủ quản</source>
      <translation>Parent body</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="98" />
      <source>Thẩm quyền ký</source>
      <translation>Signing authority</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="99" />
      <source>Chức vụ người ký</source>
      <translation>Signer's title</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="100" />
      <source>Họ tên người ký</source>
      <translation>Signer's name</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="101" />
      <source>Số CLB</source>
      <translation>Number of clubs</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="102" />
      <source>Cơ sở dữ liệu</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="103" />
      <source>Trích yếu</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="104" />
      <source>Mã loại văn bản</source>
      <translation>Document type code</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="105" />
      <source>Cơ quan ban hành</source>
      <translation>Issuing body</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="106" />
      <source>Văn bản</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="107" />
      <source>Quỹ</source>
      <translation>Fund</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="108" />
      <source>Số tiền</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="109" />
      <source>Khoản mục</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="110" />
      <source>Người nộp/nhận tiền</source>
      <translation>Payer/payee</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="111" />
      <source>Nội dung</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="112" />
      <source>Số chứng từ kèm theo</source>
      <translation>Attached documents</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="113" />
      <source>Phiếu</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="114" />
      <source>Kỳ khóa sổ</source>
      <translation>Closing period</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="115" />
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="116" />
      <source>Tháng</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="117" />
      <source>Số tiền kiểm đếm thực tế</source>
      <translation>Cash actually counted</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="118" />
      <source>Dòng mẫu số của phiếu thu</source>
      <translation>Form number line of the receipt voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="119" />
      <source>Dòng mẫu số của phiếu chi</source>
      <translation>Form number line of the payment voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="120" />
      <source>Dòng tên đơn vị, địa chỉ</source>
      <translation>Unit name and address lines</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="121" />
      <source>Người ký phiếu thu</source>
      <translation>Signers of the receipt voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="122" />
      <source>Người ký phiếu chi</source>
      <translation>Signers of the payment voucher</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="123" />
      <source>In hai liên trên một tờ A4</source>
      <translation>Print two copies on one A4 sheet</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="124" />
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="125" />
      <source>Đến ngày</source>
      <translation>To date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="126" />
      <source>Khoản vay</source>
      <translation>Loan</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="127" />
      <source>Số bản sao lưu giữ lại</source>
      <translation>Number of backups kept</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="128" />
      <source>Thư mục sao lưu thứ hai</source>
      <translation>Second backup folder</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="129" />
      <source>Sao lưu hằng ngày</source>
      <translation>Daily backup</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="130" />
      <source>Sao lưu khi thoát</source>
      <translation>Backup on exit</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="131" />
      <source>Máy chủ</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="132" />
      <source>Cổng</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="133" />
      <source>Tên đăng nhập</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="134" />
      <source>Chế độ SSL</source>
      <translation>SSL mode</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="135" />
      <source>Cơ sở dữ liệu đích</source>
      <translation>Target database</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="137" />
      <source>Mật khẩu</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="138" />
      <source>Mật khẩu hiện tại</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="139" />
      <source>Mật khẩu mới</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="140" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="141" />
      <source>Tài khoản</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="142" />
      <source>Đang sử dụng</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="143" />
      <source>Khóa đến</source>
      <translation>Locked until</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="144" />
      <source>Phải đổi mật khẩu</source>
      <translation>Must change password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="145" />
      <source>Số lần nhập sai mật khẩu</source>
      <translation>Failed password attempts</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="146" />
      <source>Đăng nhập lần cuối</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="147" />
      <source>Đổi mật khẩu lúc</source>
      <translation>Password changed at</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="148" />
      <source>Thời điểm tạo</source>
      <translation>Created at</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="149" />
      <source>Thời điểm sửa</source>
      <translation>Modified at</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="153" />
      <source>Ngày sinh hoạt</source>
      <translation>Meeting day</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="154" />
      <source>Địa điểm sinh hoạt</source>
      <translation>Meeting place</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="155" />
      <source>Giai đoạn kế hoạch</source>
      <translation>Plan period</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="156" />
      <source>Ghi chú</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="157" />
      <source>Trạng thái từ ngày</source>
      <translation>Status since</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="158" />
      <source>Đã thông qua quy chế</source>
      <translation>Statute adopted</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="159" />
      <source>Ghi chú khi ra khỏi CLB</source>
      <translation>Note on leaving the club</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="160" />
      <source>Khuyết tật</source>
      <translation>Disability</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="161" />
      <source>Gia đình chính sách</source>
      <translation>Policy family</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="162" />
      <source>Hưởng trợ cấp xã hội</source>
      <translation>Receives social allowance</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="164" />
      <source>TNV kinh tế</source>
      <translation>Economic volunteer</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="165" />
      <source>Số, ký hiệu</source>
      <translation>Number/code</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="166" />
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="169" />
      <source>Mẫu văn bản</source>
      <translation>Document template</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="171" />
      <source>Phạm vi đồng ý</source>
      <translation>Scope of consent</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="172" />
      <source>Số năm lưu giữ sau khi ra khỏi CLB</source>
      <translation>Years kept after leaving the club</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="173" />
      <source>Làm tròn số tiền mỗi kỳ</source>
      <translation>Rounding of instalments</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="174" />
      <source>Hình thức</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="176" />
      <source>Số lượng</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="177" />
      <source>Đơn giá</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="178" />
      <source>Tiền gốc</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="179" />
      <source>Tiền lãi</source>
      <translation>Interest</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="180" />
      <source>Mục đích vay</source>
      <translation>Loan purpose</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="181" />
      <source>Ghi rõ mục đích vay</source>
      <translation>Loan purpose details</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="182" />
      <source>Ngày giải ngân</source>
      <translation>Disbursement date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="183" />
      <source>Thời hạn vay (tháng)</source>
      <translation>Loan term (months)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="184" />
      <source>Lãi suất (%/tháng)</source>
      <translation>Interest rate (%/month)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="185" />
      <source>Cách tính lãi</source>
      <translation>Interest method</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="186" />
      <source>Cách trả nợ</source>
      <translation>Repayment plan</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="187" />
      <source>Người bảo lãnh</source>
      <translation>Guarantor</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="188" />
      <source>Người bán hiện vật</source>
      <translation>Seller of the goods</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="189" />
      <source>Cán bộ phụ trách</source>
      <translation>Clerk in charge</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="191" />
      <source>Mức cho vay tối đa</source>
      <translation>Maximum loan amount</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="192" />
      <source>Thời hạn vay tối đa (tháng)</source>
      <translation>Maximum loan term (months)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="193" />
      <source>Bắt buộc có người bảo lãnh</source>
      <translation>Guarantor required</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="196" />
      <source>Thu nhập được cải thiện</source>
      <translation>Income improved</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="201" />
      <source>chưa nhập</source>
      <translation>not entered</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="202" />
      <source>dài quá {max} ký tự</source>
      <translation>longer than {max} characters</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="203" />
      <source>không được có chữ số</source>
      <translation>must not contain digits</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="204" />
      <source>giá trị không hợp lệ: «{value}»</source>
      <translation>invalid value: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="205" />
      <source>không có trong danh mục: «{value}»</source>
      <translation>not in the list: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="206" />
      <source>năm sinh phải từ {low} đến {high}</source>
      <translation>year of birth must be from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="207" />
      <source>không được sau ngày hôm nay</source>
      <translation>must not be later than today</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="208" />
      <source>năm sinh không khớp với ngày sinh</source>
      <translation>year of birth does not match the date of birth</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="209" />
      <source>phải đủ 12 chữ số: «{value}»</source>
      <translation>must have exactly 12 digits: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="210" />
      <source>chỉ được gồm chữ số: «{value}»</source>
      <translation>digits only: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="211" />
      <source>3 số đầu không phải mã tỉnh nơi đăng ký khai sinh: «{value}»</source>
      <translation>the first 3 digits are not the code of a province of birth registration: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="212" />
      <source>đã có: «{value}»</source>
      <translation>already exists: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="213" />
      <source>không dùng được: số này đã được đăng ký, không thuộc đơn vị của tài khoản: «{value}»</source>
      <translation>cannot be used: this number is already registered outside the account's unit: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="215" />
      <source>tài khoản «{value}» không có quyền xem dữ liệu nhạy cảm nào chờ xác nhận</source>
      <translation>account “{value}” has no sensitive-data right awaiting confirmation</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="217" />
      <source>không đúng dạng số điện thoại: «{value}»</source>
      <translation>not a valid phone number: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="218" />
      <source>không thuộc xã/phường của CLB</source>
      <translation>not in the club's commune/ward</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="219" />
      <source>phải từ {low} đến {high}</source>
      <translation>must be from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="220" />
      <source>trước năm sinh</source>
      <translation>before the year of birth</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="221" />
      <source>không thuộc CLB này</source>
      <translation>not part of this club</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="222" />
      <source>CLB {code} đã giải thể</source>
      <translation>club {code} has been dissolved</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="223" />
      <source>người này đang sinh hoạt ở CLB {code}</source>
      <translation>this person is active in club {code}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="224" />
      <source>đã ra khỏi CLB ngày {date}</source>
      <translation>left the club on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="225" />
      <source>trước ngày vào CLB ({joined})</source>
      <translation>before the date of joining ({joined})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="226" />
      <source>người này đã mất</source>
      <translation>this person has died</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="227" />
      <source>trước ngày ra khỏi CLB lần trước ({left})</source>
      <translation>before the date they last left ({left})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="228" />
      <source>chỉ gồm chữ in hoa không dấu, chữ số, dấu - _ . (tối đa 30 ký tự): «{value}»</source>
      <translation>only capital letters without diacritics, digits and - _ . (at most 30 characters): “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="229" />
      <source>chỉ CLB đang dự kiến mới làm thủ tục thành lập</source>
      <translation>only a planned club can be established</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="230" />
      <source>trước ngày quyết định</source>
      <translation>before the decision date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="231" />
      <source>trước ngày bắt đầu</source>
      <translation>before the start date</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="232" />
      <source>không phải thành viên đang sinh hoạt của CLB</source>
      <translation>not an active member of the club</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="233" />
      <source>chỉ có một chủ nhiệm</source>
      <translation>there can be only one chair</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="234" />
      <source>không chuyển được từ «{current}» sang «{target}»</source>
      <translation>cannot change from “{current}” to “{target}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="235" />
      <source>dùng chức năng Thành lập CLB</source>
      <translation>use “Establish club” instead</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="236" />
      <source>trước ngày của trạng thái hiện tại ({since})</source>
      <translation>before the date of the current status ({since})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="237" />
      <source>CLB còn {count} thành viên đang sinh hoạt</source>
      <translation>the club still has active members ({count})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="238" />
      <source>không thuộc tỉnh/thành phố đã chọn</source>
      <translation>not in the chosen province/city</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="239" />
      <source>phải là số nguyên không âm</source>
      <translation>must be a whole number, 0 or more</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="240" />
      <source>nhỏ hơn mức tối thiểu ({min})</source>
      <translation>less than the minimum ({min})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="241" />
      <source>không được quá 100%</source>
      <translation>must not exceed 100%</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="242" />
      <source>không đúng ngày dd/mm/yyyy: «{value}»</source>
      <translation>not a date in dd/mm/yyyy form: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="243" />
      <source>không phải số: «{value}»</source>
      <translation>not a number: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="244" />
      <source>chỉ nhận «x», «có» hoặc để trống: «{value}»</source>
      <translation>only “x”, “có” or empty: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="245" />
      <source>trùng với dòng {other} trong tệp: «{value}»</source>
      <translation>same as row {other} in the file: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="246" />
      <source>có thể trùng với {name} ({year}) đã có</source>
      <translation>may be the same person as {name} ({year}), already recorded</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="247" />
      <source>không phải tệp theo mẫu của chương trình (thiếu cột «{value}»)</source>
      <translation>not a file made from the program's template (column “{value}” missing)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="248" />
      <source>không đọc được tệp: {value}</source>
      <translation>cannot read the file: {value}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="249" />
      <source>ô có công thức «{value}»: chương trình không đọc công thức; hãy chép rồi dán giá trị (Dán đặc biệt → Giá trị)</source>
      <translation>the cell holds a formula “{value}”: the program does not read formulas; copy the cells and paste the values (Paste Special → Values)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="251" />
      <source>tệp có hơn {max} dòng thành viên: mỗi lần chỉ nhập danh sách của một CLB</source>
      <translation>the file has more than {max} member rows: import one club's list at a time</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="253" />
      <source>đã dừng theo yêu cầu; chưa nhập dòng nào</source>
      <translation>stopped as asked; no row was imported</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="254" />
      <source>chữ gõ bằng bảng mã cũ (TCVN3/VNI) không đọc được chắc chắn: «{value}»; hãy gõ lại ô này bằng Unicode</source>
      <translation>text typed in an old encoding (TCVN3/VNI) cannot be read with certainty: “{value}”; retype this cell in Unicode</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="256" />
      <source>tệp không có dòng dữ liệu nào</source>
      <translation>the file has no data rows</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="257" />
      <source>không tìm thấy tệp sao lưu {path}</source>
      <translation>backup file {path} not found</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="258" />
      <source>{path} không phải tệp dữ liệu</source>
      <translation>{path} is not a database file</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="259" />
      <source>tệp sao lưu {path} bị hỏng ({detail})</source>
      <translation>backup file {path} is damaged ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="260" />
      <source>{path} không phải dữ liệu của ISHC Desk</source>
      <translation>{path} is not ISHC Desk data</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="261" />
      <source>tệp do phiên bản mới hơn tạo ra (dữ liệu phiên bản {found}, chương trình đọc được đến {supported})</source>
      <translation>the file was made by a newer version (data version {found}; this program reads up to {supported})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="262" />
      <source>{path} là một thư mục, không phải tệp dữ liệu</source>
      <translation>{path} is a folder, not a data file</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="263" />
      <source>{path} không phải tệp dữ liệu thông thường</source>
      <translation>{path} is not a regular data file</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="264" />
      <source>thư mục {folder} không có; kiểm tra lại --db (chương trình không tự tạo thư mục)</source>
      <translation>the folder {folder} does not exist; check --db (the program does not create folders)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="265" />
      <source>không có tệp {path}; kiểm tra lại --db, hoặc tạo cơ sở dữ liệu mới bằng lệnh init</source>
      <translation>there is no file {path}; check --db, or create a new database with the init command</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="266" />
      <source>không mở được {path}: {reason}</source>
      <translation>cannot open {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="267" />
      <source>không kết nối được máy chủ PostgreSQL {server}: {reason}</source>
      <translation>cannot connect to the PostgreSQL server {server}: {reason}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="268" />
      <source>chưa có tên tệp</source>
      <translation>no file name given</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="269" />
      <source>{path} là tệp cơ sở dữ liệu đang mở (hoặc tệp đi kèm của nó); hãy chọn tên tệp khác</source>
      <translation>{path} is the open database (or one of its companion files); choose another file name</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="270" />
      <source>{path} nằm trong thư mục sao lưu {folder}; hãy lưu ở thư mục khác</source>
      <translation>{path} is inside the backups folder {folder}; save it in another folder</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="271" />
      <source>{path} là một thư mục, không phải tệp</source>
      <translation>{path} is a folder, not a file</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="272" />
      <source>{path} không phải tệp thông thường</source>
      <translation>{path} is not a regular file</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="273" />
      <source>thư mục {folder} không có (chương trình không tự tạo thư mục)</source>
      <translation>the folder {folder} does not exist (the program does not create folders)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="274" />
      <source>đã có tệp {path}; muốn ghi đè thì dùng --force</source>
      <translation>the file {path} already exists; use --force to overwrite it</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="275" />
      <source>không ghi được tệp {path}: {reason}</source>
      <translation>cannot write the file {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="276" />
      <source>dữ liệu trên máy chủ PostgreSQL do quản trị máy chủ sao lưu (pg_dump)</source>
      <translation>data on a PostgreSQL server is backed up by the server administrator (pg_dump)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="277" />
      <source>nhật ký thay đổi trong tệp sao lưu {path} đã bị sửa từ dòng số {id} ({date}, {entity}): dữ liệu có thể đã bị sửa ngoài chương trình; chỉ quản trị viên mới được xác nhận khôi phục (--accept-broken-chain)</source>
      <translation>the change log in the backup {path} was altered from row {id} ({date}, {entity}): the data may have been edited outside the program; only an administrator may confirm restoring it (--accept-broken-chain)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="281" />
      <source>{path} thiếu bảng hoặc cột của chương trình ({table})</source>
      <translation>{path} lacks a table or column of the program ({table})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="282" />
      <source>{path} không có bảng tài khoản người dùng</source>
      <translation>{path} has no user accounts table</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="283" />
      <source>bản sao lưu không có tài khoản nào trong khi dữ liệu hiện tại có: khôi phục nó sẽ mở dữ liệu cho bất kỳ ai</source>
      <translation>the backup has no accounts while the current data has: restoring it would open the data to anyone</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="284" />
      <source>bản sao lưu là dữ liệu của {backup_office}, không phải của {current_office}</source>
      <translation>the backup is the data of {backup_office}, not of {current_office}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="285" />
      <source>bản sao lưu có tài khoản: cần một quản trị viên của nó đăng nhập</source>
      <translation>the backup has accounts: one of its administrators must sign in</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="286" />
      <source>không phải quản trị viên của bản sao lưu, hoặc sai mật khẩu</source>
      <translation>not an administrator of the backup, or a wrong password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="287" />
      <source>«{value}» đã ban hành {count} văn bản nên không xóa được (có thể sửa tên, người ký)</source>
      <translation>“{value}” has issued {count} documents and cannot be removed (its name and signer can be changed)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="288" />
      <source>tệp Excel đời cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx: «{value}»</source>
      <translation>old Excel format (.xls): open it in Excel and save it as .xlsx: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="289" />
      <source>dòng này của CLB «{value}», không phải CLB {code} đang nhập</source>
      <translation>this row belongs to club “{value}”, not to club {code} being imported</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="290" />
      <source>có thể trùng với dòng {other} trong tệp ({name}, {year})</source>
      <translation>may be the same person as row {other} in the file ({name}, {year})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="291" />
      <source>chỉ gồm chữ và số viết liền, không có dấu cách hay dấu /: «{value}»</source>
      <translation>letters and digits only, with no spaces or “/”: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="292" />
      <source>trùng với dòng {other}: «{value}»</source>
      <translation>same as row {other}: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="293" />
      <source>đã có {count} CLB; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu chưa có CLB nào</source>
      <translation>there are already clubs ({count}); sample data can only be created in a database with no clubs</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="294" />
      <source>số tiền phải lớn hơn 0</source>
      <translation>the amount must be greater than 0</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="295" />
      <source>phải là số tiền nguyên đồng, chỉ gồm chữ số: «{value}»</source>
      <translation>must be a whole number of đồng, digits only: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="296" />
      <source>quỹ không đủ: số dư ngày {date} chỉ còn {balance} đồng</source>
      <translation>not enough in the fund: the balance on {date} is only {balance} đồng</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="297" />
      <source>tháng {month}/{year} đã khóa sổ</source>
      <translation>the books for {month}/{year} are closed</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="298" />
      <source>năm {year} đã khóa sổ</source>
      <translation>the books for {year} are closed</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="299" />
      <source>kỳ này đã khóa sổ rồi</source>
      <translation>this period is already closed</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="300" />
      <source>kỳ này chưa kết thúc (hết ngày {date}), chưa khóa sổ được</source>
      <translation>this period has not ended yet (it ends on {date}), so it cannot be closed</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="301" />
      <source>trước ngày lập quỹ ({date})</source>
      <translation>before the fund was set up ({date})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="302" />
      <source>quỹ đã đóng từ ngày {date}</source>
      <translation>the fund was closed on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="303" />
      <source>khoản mục không phù hợp với loại phiếu (thu/chi)</source>
      <translation>the category does not match the voucher type (receipt/payment)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="304" />
      <source>tiền cho vay chỉ chi qua sổ cho vay (trang «Cho vay», nút «Cho vay mới…»), để khoản vay có người nợ và lịch trả</source>
      <translation>money is lent only through the loan register (the “Loans” page, “New loan…”), so that the loan has a borrower and a schedule</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="306" />
      <source>chỉ chọn một: thành viên của CLB hoặc người/đơn vị ngoài CLB</source>
      <translation>choose only one: a club member or a person/organisation outside the club</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="307" />
      <source>đây là phiếu điều chỉnh (bút toán đảo), không đảo lại được</source>
      <translation>this is a correcting voucher (reversing entry) and cannot itself be reversed</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="308" />
      <source>phiếu này đã được đảo bằng phiếu số {number} ngày {date}</source>
      <translation>this voucher has already been reversed by voucher No. {number} of {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="309" />
      <source>trước ngày của phiếu gốc ({date})</source>
      <translation>before the date of the original voucher ({date})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="310" />
      <source>số tiền quá lớn (tối đa {amount} đồng)</source>
      <translation>amount too large (at most {amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="311" />
      <source>nhiều nhất {max} dòng</source>
      <translation>at most {max} lines</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="312" />
      <source>nhiều nhất {max} người ký</source>
      <translation>at most {max} signers</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="313" />
      <source>phải là đường dẫn đầy đủ, ví dụ E:\SaoLuu: «{value}»</source>
      <translation>must be a full path, e.g. E:\SaoLuu: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="314" />
      <source>đây là một tệp, không phải thư mục: «{value}»</source>
      <translation>this is a file, not a folder: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="315" />
      <source>trùng với thư mục sao lưu chính; hãy chọn thư mục ở ổ khác (USB)</source>
      <translation>same as the main backup folder; choose a folder on another drive (USB)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="316" />
      <source>tên máy chủ hoặc địa chỉ IP không hợp lệ: «{value}»</source>
      <translation>invalid server name or IP address: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="317" />
      <source>máy chủ không chấp nhận tên đăng nhập hoặc mật khẩu ({detail})</source>
      <translation>the server did not accept the username or password ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="318" />
      <source>trên máy chủ chưa có cơ sở dữ liệu này ({detail})</source>
      <translation>this database does not exist on the server ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="319" />
      <source>lỗi kết nối mã hóa SSL ({detail})</source>
      <translation>SSL encrypted connection error ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="320" />
      <source>không liên lạc được với máy chủ: kiểm tra địa chỉ, cổng, mạng và tường lửa ({detail})</source>
      <translation>cannot reach the server: check the address, port, network and firewall ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="321" />
      <source>không kết nối được ({detail})</source>
      <translation>cannot connect ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="322" />
      <source>chỉ chuyển được dữ liệu từ tệp SQLite trên máy này</source>
      <translation>data can only be transferred from an SQLite file on this computer</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="323" />
      <source>phải là địa chỉ postgresql://…: «{value}»</source>
      <translation>must be a postgresql://… address: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="324" />
      <source>dữ liệu phiên bản {found} chưa được nâng cấp lên phiên bản {supported}</source>
      <translation>data version {found} has not been upgraded to version {supported}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="325" />
      <source>không kết nối được {value} ({detail})</source>
      <translation>cannot connect to {value} ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="326" />
      <source>{value} đã có {count} bảng của ISHC Desk; chỉ chuyển vào cơ sở dữ liệu mới, trống</source>
      <translation>{value} already has ISHC Desk tables ({count}); data can only be transferred into a new, empty database</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="327" />
      <source>lỗi khi chép bảng {table}, máy chủ không bị thay đổi ({detail})</source>
      <translation>error while copying table {table}; the server was not changed ({detail})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="328" />
      <source>phải có ít nhất {min} ký tự</source>
      <translation>must have at least {min} characters</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="329" />
      <source>không được trùng với tên đăng nhập</source>
      <translation>must not be the same as the username</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="330" />
      <source>chỉ gồm chữ thường không dấu, chữ số và dấu . _ - (2 đến 50 ký tự): «{value}»</source>
      <translation>only lower-case letters without diacritics, digits and . _ - (2 to 50 characters): “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="331" />
      <source>không đúng dạng mã đơn vị (xã/phường: 1840; tỉnh: T19): «{value}»</source>
      <translation>not a valid unit code (commune/ward: 1840; province: T19): “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="332" />
      <source>chỉ chọn một: xã/phường hoặc tỉnh/thành phố</source>
      <translation>choose only one: a commune/ward or a province/city</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="333" />
      <source>tài khoản giám sát thuộc một tỉnh/thành phố, không thuộc xã/phường</source>
      <translation>a supervisor account belongs to a province/city, not to a commune/ward</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="334" />
      <source>cán bộ nhập liệu và người ký duyệt thuộc một xã/phường</source>
      <translation>data-entry clerks and approvers belong to a commune/ward</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="335" />
      <source>tài khoản đầu tiên phải có vai trò quản trị</source>
      <translation>the first account must have the administrator role</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="336" />
      <source>đây là tài khoản quản trị cuối cùng còn hoạt động</source>
      <translation>this is the last active administrator account</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="337" />
      <source>không thể tự khóa hoặc ngừng tài khoản đang đăng nhập</source>
      <translation>you cannot lock or deactivate the account you are signed in with</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="338" />
      <source>tên đăng nhập hoặc mật khẩu không đúng</source>
      <translation>wrong username or password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="339" />
      <source>tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần, đến {time} ngày {until}</source>
      <translation>the account is locked after too many wrong passwords, until {time} on {until}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="340" />
      <source>tài khoản đã bị quản trị khóa</source>
      <translation>the account has been locked by an administrator</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="341" />
      <source>tài khoản đã ngừng sử dụng</source>
      <translation>the account has been deactivated</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="342" />
      <source>không đúng</source>
      <translation>incorrect</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="343" />
      <source>phải khác mật khẩu hiện tại</source>
      <translation>must differ from the current password</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="344" />
      <source>hai lần nhập không giống nhau</source>
      <translation>the two entries do not match</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="345" />
      <source>đã được ẩn danh hóa ngày {date}</source>
      <translation>already anonymised on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="346" />
      <source>người này còn đang sinh hoạt ở CLB {code}: cho ra khỏi CLB trước</source>
      <translation>this person is still active in club {code}: record their leaving first</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="347" />
      <source>mới ra khỏi CLB ngày {left}; phải lưu giữ {years} năm, đến ngày {until} mới ẩn danh hóa được</source>
      <translation>left the club only on {left}; the data must be kept for {years} years, so it can be anonymised from {until}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="348" />
      <source>còn nợ {amount} đồng tiền gốc của khoản vay số {number}</source>
      <translation>still owes {amount} đồng of principal on loan No. {number}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="349" />
      <source>đang bảo lãnh khoản vay số {number} chưa trả xong</source>
      <translation>is the guarantor of loan No. {number}, not yet repaid</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="350" />
      <source>đây là bản xuất đã che thông tin nhạy cảm (số CCCD, hoàn cảnh hộ…), không nhập lại được; hãy xuất bản đầy đủ</source>
      <translation>this is an export with sensitive information masked (citizen ID number, household status…) and cannot be imported; export the full version</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="351" />
      <source>phải nhập bằng chữ số: «{value}»</source>
      <translation>must be entered in digits: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="352" />
      <source>phải là số nguyên: «{value}»</source>
      <translation>must be a whole number: “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="353" />
      <source>phải lớn hơn 0</source>
      <translation>must be greater than 0</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="354" />
      <source>lãi suất phải từ 0 đến {high} %/tháng</source>
      <translation>the interest rate must be from 0 to {high} %/month</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="355" />
      <source>CLB chưa có quỹ quay vòng tạo thu nhập đang hoạt động</source>
      <translation>the club has no open income-generation revolving fund</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="356" />
      <source>vay bằng tiền mặt thì không ghi hiện vật, số lượng, đơn vị tính, đơn giá</source>
      <translation>a cash loan has no goods, quantity, unit or unit price</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="357" />
      <source>không khớp với số lượng × đơn giá ({amount} đồng)</source>
      <translation>does not match quantity × unit price ({amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="358" />
      <source>vượt mức cho vay tối đa của CLB ({amount} đồng)</source>
      <translation>over the club's maximum loan amount ({amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="359" />
      <source>vượt thời hạn vay tối đa của CLB ({max} tháng)</source>
      <translation>over the club's maximum loan term ({max} months)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="360" />
      <source>cao hơn lãi suất quy chế của CLB ({rate} %/tháng)</source>
      <translation>higher than the interest rate in the club's rules ({rate} %/month)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="361" />
      <source>cách tính này làm tiền lãi cao hơn cách tính trong quy chế của CLB</source>
      <translation>this method gives more interest than the method in the club's rules</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="362" />
      <source>đã chọn không tính lãi thì lãi suất phải để 0</source>
      <translation>with no interest chosen, the interest rate must be 0</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="363" />
      <source>không phải thành viên đang sinh hoạt của CLB vào ngày {date}</source>
      <translation>not an active member of the club on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="364" />
      <source>chỉ chọn một: thành viên CLB bảo lãnh hoặc ghi tên người bảo lãnh ngoài CLB</source>
      <translation>choose only one: a club member as guarantor or the name of a guarantor outside the club</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="365" />
      <source>người bảo lãnh không được là chính người vay</source>
      <translation>the guarantor cannot be the borrower</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="366" />
      <source>người bảo lãnh không được là người đại diện CLB ký hợp đồng ({name})</source>
      <translation>the guarantor cannot be the club's signer of the contract ({name})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="367" />
      <source>quỹ không giữ đủ hiện vật: ngày {date} chỉ còn hiện vật trị giá {balance} đồng (nếu CLB mua hiện vật để cho vay, hãy ghi người bán)</source>
      <translation>the fund does not hold enough goods: on {date} it holds goods worth only {balance} đồng (if the club buys the goods for this loan, enter the seller)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="368" />
      <source>dòng số {value} của sổ hiện vật không phải lần giao nhận với người vay</source>
      <translation>row {value} of the in-kind register is not a hand-over with a borrower</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="369" />
      <source>khoản chi mua hiện vật cho vay được ghi cùng khoản vay, không ghi riêng</source>
      <translation>goods bought for a loan are recorded with the loan, not on their own</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="370" />
      <source>quy chế của CLB yêu cầu có người bảo lãnh</source>
      <translation>the club's rules require a guarantor</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="371" />
      <source>khoản vay đã kết thúc (trả hết hoặc xóa nợ) ngày {date}, không ghi thêm được</source>
      <translation>the loan ended (repaid or written off) on {date}; nothing more can be recorded</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="372" />
      <source>khoản vay chưa kết thúc: chỉ ghi kết quả khi đã trả hết hoặc đã xóa nợ</source>
      <translation>the loan has not ended: the outcome is recorded only once it is repaid or written off</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="373" />
      <source>trước ngày giải ngân ({date})</source>
      <translation>before the disbursement date ({date})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="374" />
      <source>trước lần trả nợ gần nhất ({date})</source>
      <translation>before the latest repayment ({date})</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="375" />
      <source>chưa nhập tiền gốc hoặc tiền lãi trả</source>
      <translation>no principal or interest paid has been entered</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="376" />
      <source>lớn hơn số tiền gốc còn nợ ({amount} đồng)</source>
      <translation>more than the principal still owed ({amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="377" />
      <source>khoản vay bằng tiền mặt thì trả bằng tiền mặt</source>
      <translation>a cash loan is repaid in cash</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="378" />
      <source>lần trả nợ này đã được hủy ngày {date}</source>
      <translation>this repayment was cancelled on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="379" />
      <source>phiếu này thuộc khoản vay số {number}: hủy lần trả nợ ngay trong khoản vay đó</source>
      <translation>this voucher belongs to loan No. {number}: cancel the repayment in that loan</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="380" />
      <source>lớn hơn số tiền lãi còn phải trả theo lịch ({amount} đồng)</source>
      <translation>more than the interest still due on the schedule ({amount} đồng)</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="400" />
      <source>Cần đăng nhập: dữ liệu này đã có tài khoản người dùng.</source>
      <translation>Sign-in required: this data has user accounts.</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="401" />
      <source>Không có quyền: vai trò «{role}» không được {action}.</source>
      <translation>Not allowed: the “{role}” role may not {action}.</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="402" />
      <source>Không có quyền: {unit} nằm ngoài đơn vị của tài khoản.</source>
      <translation>Not allowed: {unit} is outside the account's unit.</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="403" />
      <source>Không có quyền: cài đặt chung của cả văn phòng chỉ quản trị viên của văn phòng đổi được (quản trị viên có xã/phường của văn phòng trong đơn vị; trên máy chủ dùng chung nhiều xã/phường: quản trị viên cấp tỉnh).</source>
      <translation>Not allowed: settings of the whole office can be changed only by the office's administrator (an administrator whose unit holds the office's commune/ward; on a server shared by several communes/wards: a province administrator).</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="407" />
      <source>Chưa được xem dữ liệu nhạy cảm: quyền này của tài khoản đang chờ một cán bộ hoặc người ký duyệt cùng xã/phường xác nhận.</source>
      <translation>Sensitive data not available yet: this account's right awaits confirmation by a clerk or approver of the same commune/ward.</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="409" />
      <source>Không có quyền: chỉ cán bộ hoặc người ký duyệt cùng xã/phường đang có quyền xem dữ liệu nhạy cảm mới xác nhận được quyền này cho tài khoản khác (quản trị viên chỉ khi xã/phường chưa có ai có quyền đó).</source>
      <translation>Not allowed: only a clerk or approver of the same commune/ward who holds the sensitive-data right can confirm it for another account (an administrator only while nobody in the commune/ward holds it).</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="438" />
      <source>{name}, dòng {n}</source>
      <translation>{name}, row {n}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="470" />
      <source>Dòng {row}, cột «{column}»: {reason}</source>
      <translation>Row {row}, column “{column}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../models/text/messages.py" line="495" />
      <source>Dữ liệu</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../models/text/numbers.py" line="39" />
      <source>{sec} giây</source>
      <translation>{sec} seconds</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="14" />
      <source>Sổ văn bản</source>
      <translation>Document register</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="15" />
      <source>Số tiếp theo</source>
      <translation>Next number</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="16" />
      <source>Số văn bản</source>
      <translation>Document number</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="19" />
      <source>Loại văn bản</source>
      <translation>Kind of text</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="20" />
      <source>Ngày ban hành</source>
      <translation>Date issued</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="21" />
      <source>Ngày có hiệu lực</source>
      <translation>In force from</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="22" />
      <source>Ngày hết hiệu lực</source>
      <translation>Replaced on</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="23" />
      <source>Dòng căn cứ</source>
      <translation>Line cited</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="24" />
      <source>Giấy tờ dẫn căn cứ</source>
      <translation>Papers citing it</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="25" />
      <source>Tên cũ</source>
      <translation>Former name</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="26" />
      <source>Nhóm căn cứ</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="27" />
      <source>Thứ tự</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="28" />
      <source>Căn cứ pháp lý</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="29" />
      <source>Dùng đến ngày</source>
      <translation>Used until</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="30" />
      <source>Tên xã/phường</source>
      <translation>Commune/ward name</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="31" />
      <source>Tên quận/huyện/thành phố thuộc tỉnh</source>
      <translation>District name</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="32" />
      <source>Tên tỉnh/thành phố</source>
      <translation>Province name</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="36" />
      <source>phải trước ngày 01/7/2025 (từ ngày đó dùng tên trong danh mục chính thức)</source>
      <translation>must be before 01/07/2025 (from that day the official list's names apply)</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="38" />
      <source>không có ai vào ngày {date}</source>
      <translation>nobody on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="39" />
      <source>CLB chưa có quyết định thành lập (số và ngày)</source>
      <translation>the club has no founding decision yet (number and date)</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="40" />
      <source>trước ngày quyết định thành lập ({date})</source>
      <translation>before the founding decision ({date})</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="41" />
      <source>CLB đã có quyết định thành lập số {number} ngày {date}; không ban hành quyết định thứ hai</source>
      <translation>the club already has founding decision no. {number} of {date}; a second one is not issued</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="43" />
      <source>số {number} năm {year} đã dùng cho «{paper}»</source>
      <translation>number {number} of {year} is already used by “{paper}”</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="44" />
      <source>trước ngày của văn bản đã ban hành gần nhất trong sổ ({number} ngày {date})</source>
      <translation>before the last paper issued in the register ({number} of {date})</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="46" />
      <source>phải lớn hơn số đã dùng gần nhất trong năm ({number})</source>
      <translation>must be above the last number used this year ({number})</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="47" />
      <source>ngày hết hiệu lực phải sau ngày có hiệu lực</source>
      <translation>the replacement date must be after the date in force</translation>
    </message>
    <message>
      <location filename="../../models/text/paper_words.py" line="48" />
      <source>ngày có hiệu lực không được trước ngày ban hành</source>
      <translation>the date in force cannot be before the date issued</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="13" />
      <source>Ngân sách tỉnh</source>
      <translation>Province budget</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="14" />
      <source>Ngân sách xã/phường</source>
      <translation>Commune/ward budget</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="18" />
      <source>Đạt</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="19" />
      <source>Chưa đạt</source>
      <translation>Not met</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="20" />
      <source>Vượt mức tối đa</source>
      <translation>Above the maximum</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="21" />
      <source>Chưa có số liệu</source>
      <translation>No data</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="30" />
      <source>Kế hoạch</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="33" />
      <source>Tên kế hoạch</source>
      <translation>Plan title</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="34" />
      <source>Năm bắt đầu</source>
      <translation>First year</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="35" />
      <source>Năm kết thúc</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="36" />
      <source>Địa bàn</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="37" />
      <source>Chỉ tiêu</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="38" />
      <source>Kinh phí</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="40" />
      <source>Mức tối thiểu</source>
      <translation>At least</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="41" />
      <source>Mức tối đa</source>
      <translation>At most</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="42" />
      <source>Nguồn kinh phí</source>
      <translation>Source of funds</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="43" />
      <source>Kế hoạch mẫu</source>
      <translation>Example plan</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="47" />
      <source>không có chỉ tiêu mã «{value}»</source>
      <translation>no target coded “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="48" />
      <source>chỉ tiêu «{value}» không đặt cho từng CLB được</source>
      <translation>target “{value}” cannot be set for each club</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="49" />
      <source>năm {value} nằm ngoài thời kỳ của kế hoạch</source>
      <translation>year {value} lies outside the plan's period</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="50" />
      <source>cần mức tối thiểu hoặc mức tối đa</source>
      <translation>needs a minimum or a maximum</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="51" />
      <source>mức tối thiểu lớn hơn mức tối đa</source>
      <translation>the minimum is above the maximum</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="52" />
      <source>tỷ lệ phải từ 0 đến 100 %</source>
      <translation>a share must be from 0 to 100 %</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="53" />
      <source>không được âm</source>
      <translation>must not be negative</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="54" />
      <source>không có kế hoạch mẫu «{value}»</source>
      <translation>no example plan “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="55" />
      <source>không có đơn vị hành chính mã «{value}»</source>
      <translation>no administrative unit coded “{value}”</translation>
    </message>
    <message>
      <location filename="../../models/text/plan_words.py" line="56" />
      <source>kế hoạch mẫu này đã nạp cho địa bàn (kế hoạch số {value})</source>
      <translation>this example plan is already loaded for the area (plan no. {value})</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="11" />
      <source>Chưa lập</source>
      <translation>Missing</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="12" />
      <source>Đang soạn</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="13" />
      <source>Đã gửi duyệt</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="15" />
      <source>Bị trả lại</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="16" />
      <source>Đã mở lại (phiên bản cũ)</source>
      <translation>Reopened (earlier version)</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="28" />
      <source>Gửi duyệt</source>
      <translation>Submit</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="29" />
      <source>Duyệt báo cáo</source>
      <translation>Approve report</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="30" />
      <source>Trả lại</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="31" />
      <source>Mở lại</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="32" />
      <source>Sửa phần lời</source>
      <translation>Edit written sections</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="36" />
      <source>Báo cáo</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="40" />
      <source>Kết quả đạt được</source>
      <translation>Results achieved</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="41" />
      <source>Khó khăn, tồn tại</source>
      <translation>Difficulties</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="42" />
      <source>Đề xuất, kiến nghị</source>
      <translation>Proposals</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="43" />
      <source>Người duyệt</source>
      <translation>Approver</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="44" />
      <source>Chức vụ người duyệt</source>
      <translation>Approver's title</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="45" />
      <source>Báo cáo của cấp dưới</source>
      <translation>Reports of the units below</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="49" />
      <source>Báo cáo năm {year} của {unit} đã được duyệt ngày {date}; mở lại báo cáo trước khi sửa</source>
      <translation>The {year} annual report of {unit} was approved on {date}; reopen the report before changing this</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="51" />
      <source>báo cáo đang ở trạng thái «{state}», không làm được việc này</source>
      <translation>the report is “{state}”; this cannot be done now</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="52" />
      <source>còn {count} đơn vị chưa được duyệt báo cáo: {names}</source>
      <translation>{count} units below are not approved yet: {names}</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="53" />
      <source>báo cáo cấp trên ({unit}) đã được duyệt; mở lại báo cáo đó trước</source>
      <translation>the report above ({unit}) is approved; reopen that one first</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="54" />
      <source>năm {year} chưa kết thúc</source>
      <translation>the year {year} has not ended</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="55" />
      <source>không có đơn vị «{value}» ở cấp này</source>
      <translation>no unit “{value}” at this level</translation>
    </message>
    <message>
      <location filename="../../models/text/report_words.py" line="56" />
      <source>có số giống số CCCD hoặc số điện thoại: báo cáo gửi cấp trên chỉ mang số liệu tổng hợp</source>
      <translation>contains a number like an ID card or phone number: reports sent upward carry aggregate figures only</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="13" />
      <source>Giám sát định kỳ</source>
      <translation>Routine supervision</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="14" />
      <source>Giám sát mẫu</source>
      <translation>Sample supervision</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="15" />
      <source>Giám sát điểm</source>
      <translation>Spot supervision</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="19" />
      <source>Đạt một phần</source>
      <translation>Partly met</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="21" />
      <source>Không áp dụng</source>
      <translation>Not applicable</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="24" />
      <source>Tốt</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="25" />
      <source>Khá</source>
      <translation>Fair</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="26" />
      <source>Trung bình</source>
      <translation>Average</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="27" />
      <source>Yếu</source>
      <translation>Weak</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="30" />
      <source>Chưa thực hiện</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="31" />
      <source>Đã thực hiện</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="37" />
      <source>Thôi dùng mẫu</source>
      <translation>Template retired</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="41" />
      <source>Mẫu bảng kiểm giám sát</source>
      <translation>Supervision checklist template</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="43" />
      <source>Lần giám sát</source>
      <translation>Supervision visit</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="45" />
      <source>Kế hoạch giám sát</source>
      <translation>Supervision plan</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="46" />
      <source>Kiến nghị</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="48" />
      <source>Người giám sát</source>
      <translation>Supervisors</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="49" />
      <source>Câu trả lời</source>
      <translation>Answers</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="50" />
      <source>Nội dung kiểm tra</source>
      <translation>Checklist items</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="51" />
      <source>Trọng số</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="52" />
      <source>Dữ liệu đối chiếu</source>
      <translation>Known data</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="53" />
      <source>Người thực hiện</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="54" />
      <source>Hạn thực hiện</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="57" />
      <source>Lần giám sát dự kiến</source>
      <translation>Planned visit</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="58" />
      <source>Kiến nghị đã thực hiện</source>
      <translation>Recommendations done</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="62" />
      <source>chưa trả lời nội dung bắt buộc «{item}»</source>
      <translation>required item not answered: “{item}”</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="63" />
      <source>không thuộc mẫu bảng kiểm đã chọn</source>
      <translation>not part of the chosen checklist template</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="64" />
      <source>mẫu này đã dùng cho {count} lần giám sát: sửa sẽ tạo phiên bản mới</source>
      <translation>this template was used by {count} visits: an edit makes a new version</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="65" />
      <source>mẫu «{name}» (phiên bản {version}) đã thôi dùng</source>
      <translation>template “{name}” (version {version}) is retired</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="66" />
      <source>mẫu phải có ít nhất một nội dung kiểm tra</source>
      <translation>a template needs at least one checklist item</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="67" />
      <source>CLB đã có lần giám sát ngày {date}</source>
      <translation>the club already has a supervision visit on {date}</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="68" />
      <source>kiến nghị này không còn mở hoặc không thuộc CLB</source>
      <translation>this recommendation is no longer open or belongs to another club</translation>
    </message>
    <message>
      <location filename="../../models/text/supervision_words.py" line="69" />
      <source>CLB chưa thành lập hoặc đã giải thể</source>
      <translation>the club is not founded yet or is dissolved</translation>
    </message>
  </context>
  <context>
    <name>MoneyTab</name>
    <message>
      <location filename="../../ui/pages/settings_money.py" line="25" />
      <source>không làm tròn (đến từng đồng)</source>
      <translation>no rounding (to the đồng)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_money.py" line="28" />
      <source>CLB thu tiền theo số chẵn. Lịch trả nợ của khoản vay mới được làm tròn đến đơn vị này: mỗi kỳ là số chẵn, kỳ cuối nhận phần lẻ để cộng đủ số tiền vay (vay 5.000.000 đ trong 12 tháng: 11 kỳ 417.000 đ và kỳ cuối 413.000 đ); tiền lãi mỗi kỳ cũng làm tròn. Khoản vay đã ký giữ nguyên lịch của nó.</source>
      <translation>Clubs collect round sums. The repayment schedule of a new loan is rounded to this unit: every instalment is a round sum and the last takes the remainder so the loan is repaid exactly (5,000,000 đ over 12 months: 11 instalments of 417,000 đ and a last one of 413,000 đ); the interest of each instalment is rounded too. A signed loan keeps its schedule.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_money.py" line="33" />
      <source>Làm tròn số tiền mỗi kỳ đến:</source>
      <translation>Round each instalment to:</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../../ui/pages/__init__.py" line="36" />
      <source>Câu lạc bộ</source>
      <translation>Clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="38" />
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="39" />
      <source>Quỹ</source>
      <translation>Funds</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="40" />
      <source>Cho vay</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="42" />
      <source>Sao lưu</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="44" />
      <source>Văn bản</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="46" />
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="48" />
      <source>Tài khoản</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="50" />
      <source>Nhật ký thay đổi</source>
      <translation>Change log</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="52" />
      <source>Sinh hoạt CLB</source>
      <translation>Club meetings</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="54" />
      <source>Hoạt động</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="56" />
      <source>Tập huấn</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="58" />
      <source>Giám sát</source>
      <translation>Supervision</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="60" />
      <source>Chỉ tiêu kế hoạch</source>
      <translation>Plan targets</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="62" />
      <source>Báo cáo năm</source>
      <translation>Annual reports</translation>
    </message>
    <message>
      <location filename="../../ui/pages/__init__.py" line="64" />
      <source>Khóa và gói báo cáo</source>
      <translation>Report packages</translation>
    </message>
  </context>
  <context>
    <name>NewDocument</name>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="54" />
      <source>Quyết định thành lập CLB</source>
      <translation>Club founding decision</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="55" />
      <source>Giấy chứng nhận thành lập CLB</source>
      <translation>Club founding certificate</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="56" />
      <source>Biên bản lễ ra mắt CLB</source>
      <translation>Minutes of the club launch ceremony</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="57" />
      <source>Quy chế hoạt động CLB</source>
      <translation>Club statute</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="58" />
      <source>Danh sách thành viên CLB</source>
      <translation>Club member list</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="70" />
      <source>Trích yếu</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="71" />
      <source>Căn cứ (mỗi dòng một căn cứ)</source>
      <translation>Legal bases (one per line)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="72" />
      <source>Theo đề nghị của</source>
      <translation>At the proposal of</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="73" />
      <source>Nơi nhận (mỗi dòng một nơi)</source>
      <translation>Recipients (one per line)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="74" />
      <source>Tiêu đề</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="75" />
      <source>Dòng dưới tiêu đề</source>
      <translation>Line below the title</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="76" />
      <source>Đại biểu (mỗi dòng một thành phần)</source>
      <translation>Delegates (one group per line)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="77" />
      <source>Dòng ghi chú dưới tên văn bản</source>
      <translation>Note line below the document name</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="111" />
      <source>Tạo văn bản</source>
      <translation>New document</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="139" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="140" />
      <source>Văn bản:</source>
      <translation>Document:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="141" />
      <source>Ngày văn bản:</source>
      <translation>Document date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="150" />
      <source>Các ô tô màu như «Tên CLB», «Xã/phường» được chương trình tự điền từ dữ liệu của CLB; dòng nghiêng dưới mỗi ô là chữ sẽ in. Sửa ở đây chỉ áp dụng cho văn bản này, trừ khi bấm «Lưu làm mẫu của cơ quan».</source>
      <translation>Coloured fields such as “Tên CLB” (club name) and “Xã/phường” (ward) are filled in from the club's data; the italic line under each box is what will print. Changes here apply to this paper only, unless you click “Save as the office's template”.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="158" />
      <source>Chèn vào chỗ con trỏ</source>
      <translation>Insert at the cursor</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="161" />
      <source>Chèn trường:</source>
      <translation>Insert field:</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="165" />
      <source>Lưu làm mẫu của cơ quan</source>
      <translation>Save as office template</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="166" />
      <source>Xem bản nháp</source>
      <translation>Preview draft</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="167" />
      <source>Ban hành…</source>
      <translation>Issue…</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="168" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="178" />
      <source>&lt;b&gt;Cách viết của văn bản&lt;/b&gt;</source>
      <translation>&lt;b&gt;Wording of the document&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="250" />
      <source>Văn bản này không có phần lời cần sửa.</source>
      <translation>This document has no wording to edit.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="255" />
      <source>Tạo và xem</source>
      <translation>Create and view</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="316" />
      <source>In ra: {text}</source>
      <translation>Prints: {text}</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="323" />
      <source>Chưa có CLB nào: hãy thêm CLB ở trang Câu lạc bộ.</source>
      <translation>There are no clubs yet: add one on the Clubs page.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="326" />
      <source>Văn bản không đánh số, không ghi vào sổ văn bản.</source>
      <translation>This document is not numbered and is not entered in the document register.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="334" />
      <source>In quyết định đã có</source>
      <translation>Print the decision on record</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="336" />
      <source>CLB này đã có quyết định thành lập số {number} ngày {date} (trong hồ sơ CLB): in lại đúng số và ngày đó, không cấp số mới.</source>
      <translation>This club already has founding decision no. {number} of {date} (on its record): it prints with that number and date, no new number is given.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="342" />
      <source>CLB này đã có quyết định thành lập số {number} ngày {date}; không ban hành quyết định thứ hai.</source>
      <translation>This club already has founding decision no. {number} of {date}; a second one is not issued.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="347" />
      <source>CLB này đã có văn bản số {number} ngày {date}. Ban hành nữa sẽ là một văn bản mới, số mới.</source>
      <translation>This club already has document No. {number} of {date}. Issuing again creates a new document with a new number.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="352" />
      <source>Chưa ban hành văn bản này cho CLB; bấm «Ban hành…» để cấp số.</source>
      <translation>This document has not been issued for the club yet; click “Issue…” to give it a number.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="360" />
      <source>(dòng này không in: chưa có giá trị)</source>
      <translation>(this line is left out: no value yet)</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="402" />
      <source>{paper} — bản nháp</source>
      <translation>{paper} — draft</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="415" />
      <source>{paper} số {number}</source>
      <translation>{paper} No. {number}</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="423" />
      <source>Chưa ban hành được</source>
      <translation>Not issued</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="425" />
      <source>Văn bản sẽ mang số {number}. Văn bản đã ban hành thì không sửa được; muốn thay đổi phải ban hành văn bản mới. Ban hành?</source>
      <translation>The document will be numbered {number}. An issued document cannot be edited; to change it, a new document must be issued. Issue it?</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="429" />
      <source>CLB này đã có văn bản số {old} ngày {date}: ban hành nữa là một văn bản mới, bên cạnh văn bản đã có.</source>
      <translation>This club already has paper no. {old} of {date}: issuing again makes a new paper beside it.</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="432" />
      <source>Ban hành văn bản</source>
      <translation>Issue document</translation>
    </message>
    <message>
      <location filename="../../dialogs/new_document_dialog.py" line="455" />
      <source>Đã lưu cách viết làm mẫu của cơ quan.</source>
      <translation>The wording has been saved as the office template.</translation>
    </message>
  </context>
  <context>
    <name>OfficeSetup</name>
    <message>
      <location filename="../../dialogs/office_setup.py" line="73" />
      <source>Gõ tên tỉnh/thành phố, VD: thai nguyen</source>
      <translation>Type the province/city name, e.g. thai nguyen</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="75" />
      <source>Gõ tên xã/phường, VD: duc xuan</source>
      <translation>Type the commune/ward name, e.g. duc xuan</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="83" />
      <source>VD: 0209 3870 123</source>
      <translation>e.g. 0209 3870 123</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="86" />
      <source>VD: Nguyễn Thị Lan</source>
      <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="93" />
      <source>Tỉnh/thành phố:</source>
      <translation>Province/city:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="95" />
      <source>Xã/phường/đặc khu:</source>
      <translation>Commune/ward/special zone:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="97" />
      <source>Danh mục đơn vị hành chính từ 01/7/2025.</source>
      <translation>Administrative units in force from 01/07/2025.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="98" />
      <source>Tên cơ quan:</source>
      <translation>Office name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="99" />
      <source>Địa chỉ:</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="100" />
      <source>Điện thoại:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="101" />
      <source>Cán bộ phụ trách:</source>
      <translation>Clerk in charge:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="103" />
      <source>Người lập sổ sách, phiếu; được ghi vào nhật ký thay đổi khi chưa có tài khoản người dùng.</source>
      <translation>Keeps the books and vouchers; named in the change log while there are no user accounts.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="173" />
      <source>VD: UBND</source>
      <translation>e.g. UBND</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="176" />
      <source>để trống nếu không có</source>
      <translation>leave empty if none</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="183" />
      <source>Viết « / » ở chỗ xuống dòng khi in, VD: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH</source>
      <translation>Type “ / ” where the printed line should break, e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="188" />
      <source>VD: Hoàng Văn Thụ</source>
      <translation>e.g. Hoàng Văn Thụ</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="202" />
      <source>Ký hiệu viết tắt:</source>
      <translation>Abbreviation:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="205" />
      <source>Tên cơ quan ban hành:</source>
      <translation>Issuing body name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="206" />
      <source>Cơ quan chủ quản:</source>
      <translation>Parent body:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="208" />
      <source>Thẩm quyền ký:</source>
      <translation>Signing authority:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="210" />
      <source>Chức vụ người ký:</source>
      <translation>Signer's title:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="212" />
      <source>Họ tên người ký:</source>
      <translation>Signer's name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="218" />
      <source>Đứng cuối số văn bản của cơ quan này, VD: 05/QĐ-{code}</source>
      <translation>Ends this body's document numbers, e.g. 05/QĐ-{code}</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="221" />
      <source>Đứng cuối số văn bản, VD: UBND (Ủy ban nhân dân), HNCT (Hội Người cao tuổi)</source>
      <translation>Ends the document numbers, e.g. UBND (People's Committee), HNCT (Elderly Association)</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="273" />
      <source>Khai báo cơ quan sử dụng chương trình</source>
      <translation>Set up the office using the program</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="275" />
      <source>Chào mừng đến với ISHC Desk. Hãy khai báo cơ quan dùng chương trình và nơi ban hành văn bản. Mọi thông tin đều sửa lại được trong mục Cài đặt.</source>
      <translation>Welcome to ISHC Desk. Please enter the office that uses the program and the bodies that issue its documents. Everything can be changed later under Settings.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="281" />
      <source>Cơ quan</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="289" />
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
      <location filename="../../dialogs/office_setup.py" line="292" />
      <source>Thôn/tổ dân phố (có thể thêm sau)</source>
      <translation>Villages/residential groups (can be added later)</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="294" />
      <source>Loại mặc định:</source>
      <translation>Default type:</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="296" />
      <source>Dòng bắt đầu bằng «Thôn», «Bản», «Tổ dân phố»… lấy loại đó.</source>
      <translation>A line starting with “Thôn”, “Bản”, “Tổ dân phố”… takes that type.</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="299" />
      <source>Ủy ban nhân dân</source>
      <translation>People's Committee</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="300" />
      <source>Hội Người cao tuổi</source>
      <translation>Elderly Association</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="301" />
      <source>Nơi ban hành văn bản</source>
      <translation>Issuing bodies</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="309" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/office_setup.py" line="310" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>OpenFundDialog</name>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="58" />
      <source>Mở quỹ mới</source>
      <translation>Open a new fund</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="66" />
      <source>VD: Quỹ khuyến học</source>
      <translation>e.g. Quỹ khuyến học</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="71" />
      <source>Câu lạc bộ: {code} — {name}</source>
      <translation>Club: {code} — {name}</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="74" />
      <source>Quỹ mới có số dư 0 đồng; tiền vào quỹ được ghi bằng phiếu thu.</source>
      <translation>A new fund starts with a balance of 0 đồng; money coming in is recorded with receipt vouchers.</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="78" />
      <source>Loại quỹ:</source>
      <translation>Fund type:</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="79" />
      <source>Tên quỹ:</source>
      <translation>Fund name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="80" />
      <source>Tên in trên sổ quỹ và phiếu thu, chi</source>
      <translation>The name printed on the cash book and the vouchers</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="81" />
      <source>Ngày mở quỹ:</source>
      <translation>Opening date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/open_fund_dialog.py" line="87" />
      <source>Mở quỹ</source>
      <translation>Open fund</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="42" />
      <source>Đặt lại mật khẩu</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="42" />
      <source>Đổi mật khẩu</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="46" />
      <source>Mật khẩu của bạn vừa được quản trị đặt lại. Hãy chọn mật khẩu mới của riêng bạn để tiếp tục.</source>
      <translation>Your password has just been reset by an administrator. Choose a new password of your own to continue.</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="49" />
      <source>Mật khẩu mới cho tài khoản «{name}». Người đó phải đổi mật khẩu khi đăng nhập lần sau.</source>
      <translation>New password for the account “{name}”. The user must change it at the next sign-in.</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="65" />
      <source>Mật khẩu hiện tại:</source>
      <translation>Current password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="67" />
      <source>Mật khẩu mới:</source>
      <translation>New password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="69" />
      <source>Nhập lại mật khẩu mới:</source>
      <translation>Repeat new password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="71" />
      <source>Ít nhất {n} ký tự, không trùng với tên đăng nhập.</source>
      <translation>At least {n} characters, not the same as the username.</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="80" />
      <source>Lưu mật khẩu</source>
      <translation>Save password</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="82" />
      <source>Đăng xuất</source>
      <translation>Sign out</translation>
    </message>
    <message>
      <location filename="../../dialogs/password_dialog.py" line="82" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="78" />
      <source>Đang tạo văn bản…</source>
      <translation>Creating the document…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="106" />
      <source>Trang trước</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="108" />
      <source>Trang sau</source>
      <translation>Next page</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="112" />
      <source>Vừa khổ rộng</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="113" />
      <source>Cả trang</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="118" />
      <source>Thu nhỏ</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="119" />
      <source>Phóng to</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="120" />
      <source>In…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="121" />
      <source>Lưu PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="122" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="187" />
      <source>Tệp PDF không đọc được.</source>
      <translation>The PDF file cannot be read.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="196" />
      <source>Chưa tạo được văn bản vì:</source>
      <translation>The document could not be created because:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="200" />
      <source>Bản lưu của văn bản này không còn khớp mã kiểm tra SHA-256: cơ sở dữ liệu đã bị sửa ngoài chương trình hoặc bị hỏng. Hãy khôi phục từ bản sao lưu.</source>
      <translation>The stored copy of this document no longer matches its SHA-256 checksum: the database was changed outside the program or is damaged. Restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="204" />
      <source>Không tìm thấy văn bản hoặc dữ liệu cần để tạo văn bản.</source>
      <translation>The document, or the data needed to create it, was not found.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="206" />
      <source>Không tạo được văn bản: {error}</source>
      <translation>Cannot create the document: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="236" />
      <source>Trang {page}/{count}</source>
      <translation>Page {page}/{count}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="249" />
      <source>Lưu văn bản PDF</source>
      <translation>Save the document as PDF</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="250" />
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="259" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="277" />
      <source>In văn bản</source>
      <translation>Print the document</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="289" />
      <source>Đang in…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="289" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="294" />
      <source>Chưa in được</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" line="294" />
      <source>Không mở được máy in.</source>
      <translation>Cannot open the printer.</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="38" />
      <source>Kế hoạch giám sát năm {year}</source>
      <translation>Supervision plan for {year}</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="63" />
      <source>Thêm CLB</source>
      <translation>Add club</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="64" />
      <source>Thêm mọi CLB chưa có</source>
      <translation>Add every club not yet in it</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="65" />
      <source>Bỏ dòng đã chọn</source>
      <translation>Remove the selected rows</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="66" />
      <source>Hội NCT phường</source>
      <translation>Ward Elderly Association</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="76" />
      <source>Người giám sát (cho CLB thêm vào):</source>
      <translation>Supervisor (for the clubs added):</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="78" />
      <source>Gõ tháng (1–12) và người giám sát ngay trên dòng của CLB; để trống tháng nếu giám sát lúc nào trong năm cũng được.</source>
      <translation>Type the month (1–12) and the supervisor on the club's row; leave the month empty if any time in the year will do.</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="82" />
      <source>Lưu kế hoạch</source>
      <translation>Save the plan</translation>
    </message>
    <message>
      <location filename="../../dialogs/plan_dialog.py" line="101" />
      <source>{n} CLB trong kế hoạch / {all} CLB đang hoạt động</source>
      <translation>{n} clubs in the plan / {all} running clubs</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="59" />
      <source>Kế hoạch và chỉ tiêu</source>
      <translation>Plan and targets</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="66" />
      <source>VD: 65/KH-UBND</source>
      <translation>e.g. 65/KH-UBND</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="82" />
      <source>Thêm chỉ tiêu</source>
      <translation>Add target</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="93" />
      <source>số tiền, đồng</source>
      <translation>amount, đồng</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="94" />
      <source>Thêm kinh phí</source>
      <translation>Add budget line</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="100" />
      <source>Địa bàn:</source>
      <translation>Area:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="101" />
      <source>Cơ quan ban hành:</source>
      <translation>Issuing body:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="103" />
      <source>Số, ngày:</source>
      <translation>Number, date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="105" />
      <source>Tên kế hoạch:</source>
      <translation>Plan title:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="106" />
      <source>Căn cứ:</source>
      <translation>Basis:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="107" />
      <source>Giai đoạn:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="109" />
      <source>Ghi chú:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="110" />
      <source>Chỉ tiêu:</source>
      <translation>Targets:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="112" />
      <source>Kinh phí:</source>
      <translation>Budget:</translation>
    </message>
    <message>
      <location filename="../../dialogs/programme_plan_dialog.py" line="119" />
      <source>Chỉ quản trị viên hoặc cán bộ giám sát của đơn vị sửa được kế hoạch.</source>
      <translation>Only an administrator or a supervisor of the unit can edit the plan.</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <location filename="../../ui/plan_models.py" line="55" />
      <source>cả năm</source>
      <translation>any month</translation>
    </message>
    <message>
      <location filename="../../ui/plan_models.py" line="60" />
      <source>quá hạn, chưa giám sát</source>
      <translation>overdue, not supervised</translation>
    </message>
    <message>
      <location filename="../../ui/plan_models.py" line="60" />
      <source>chưa</source>
      <translation>not yet</translation>
    </message>
  </context>
  <context>
    <name>PlanModels</name>
    <message>
      <location filename="../../ui/plan_models.py" line="28" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/plan_models.py" line="29" />
      <source>Tháng</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../ui/plan_models.py" line="30" />
      <source>Người giám sát</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../../ui/plan_models.py" line="31" />
      <source>Đã giám sát</source>
      <translation>Supervised</translation>
    </message>
    <message>
      <location filename="../../ui/plan_models.py" line="84" />
      <source>Tháng (1–12)</source>
      <translation>Month (1–12)</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="37" />
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="38" />
      <source>Chỉ tiêu</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="39" />
      <source>Tối thiểu</source>
      <translation>At least</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="40" />
      <source>Tối đa</source>
      <translation>At most</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="41" />
      <source>Mỗi CLB</source>
      <translation>Each club</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="42" />
      <source>Cộng dồn</source>
      <translation>Since start</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="43" />
      <source>Địa bàn (CLB mới)</source>
      <translation>Where (new clubs)</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="92" />
      <source>Nguồn</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/programme_plan_models.py" line="93" />
      <source>Kế hoạch (đồng)</source>
      <translation>Planned (đồng)</translation>
    </message>
  </context>
  <context>
    <name>PrivacyTab</name>
    <message>
      <location filename="../../ui/pages/settings_privacy.py" line="21" />
      <source> năm</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_privacy.py" line="24" />
      <source>Theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), thông tin của người đã ra khỏi CLB chỉ được giữ trong thời gian cần thiết. Hết thời hạn này, cán bộ có quyền có thể ẩn danh hóa thành viên (xóa họ tên, số CCCD, điện thoại, ngày sinh, ghi chú); các số liệu tổng hợp và báo cáo đã ký vẫn giữ nguyên.</source>
      <translation>Under the Personal Data Protection Law (Law No. 91/2025/QH15), the details of people who have left a club may be kept only as long as necessary. After this period, authorised staff can anonymise the member (erase the name, citizen ID number, phone, date of birth, notes); summary figures and signed reports stay unchanged.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_privacy.py" line="29" />
      <source>Giữ thông tin sau khi ra khỏi CLB:</source>
      <translation>Keep details after leaving the club:</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <location filename="../../ui/register_model.py" line="43" />
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="44" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="45" />
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="46" />
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="47" />
      <source>Tuổi</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="48" />
      <source>Dân tộc</source>
      <translation>Ethnic group</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="49" />
      <source>Số CCCD</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="50" />
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="51" />
      <source>Thôn/tổ</source>
      <translation>Village/group</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="52" />
      <source>Hoàn cảnh hộ</source>
      <translation>Household status</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="53" />
      <source>Khuyết tật</source>
      <translation>Disability</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="54" />
      <source>Gia đình chính sách</source>
      <translation>Policy family</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="55" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="56" />
      <source>Tổ/nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="57" />
      <source>TNV chăm sóc</source>
      <translation>Home-care volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="58" />
      <source>TNV kinh tế</source>
      <translation>Economic volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="59" />
      <source>Ngày vào</source>
      <translation>Joined</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="60" />
      <source>Ngày ra</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="61" />
      <source>Lý do ra</source>
      <translation>Reason for leaving</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="62" />
      <source>Đồng ý xử lý dữ liệu</source>
      <translation>Data consent</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="63" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="130" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="132" />
      <source>(ẩn)</source>
      <translation>(hidden)</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="159" />
      <source>Chưa</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <location filename="../../ui/register_model.py" line="336" />
      <source>Đã ra khỏi CLB ngày {date}: {reason}</source>
      <translation>Left the club on {date}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>RejoinDialog</name>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="39" />
      <source>Vào lại CLB</source>
      <translation>Rejoin club</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="53" />
      <source>{name} (sinh năm {year})</source>
      <translation>{name} (born {year})</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="56" />
      <source>Người:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="58" />
      <source>Đã ra khỏi CLB {code} ngày {date} ({reason})</source>
      <translation>Left club {code} on {date} ({reason})</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="62" />
      <source>Lần trước:</source>
      <translation>Last time:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="63" />
      <source>Vào CLB:</source>
      <translation>Join club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="65" />
      <source>Ngày vào lại:</source>
      <translation>Date of rejoining:</translation>
    </message>
    <message>
      <location filename="../../dialogs/rejoin_dialog.py" line="67" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RepaymentDialog</name>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="45" />
      <source>Thu nợ</source>
      <translation>Collect repayment</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="70" />
      <source>Khoản vay bằng tiền mặt chỉ trả bằng tiền mặt</source>
      <translation>A cash loan is repaid in cash only</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="72" />
      <source>VD: trả kỳ 3</source>
      <translation>e.g. instalment 3</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="79" />
      <source>VD: ghi nhầm số tiền, nhập trùng</source>
      <translation>e.g. wrong amount, entered twice</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="80" />
      <source>Hủy lần trả đã chọn</source>
      <translation>Cancel selected repayment</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="84" />
      <source>Khoản vay:</source>
      <translation>Loan:</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="85" />
      <source>Ngày trả:</source>
      <translation>Payment date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="87" />
      <source>Trả gốc (đồng):</source>
      <translation>Principal paid (đồng):</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="89" />
      <source>Trả lãi (đồng):</source>
      <translation>Interest paid (đồng):</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="98" />
      <source>Cộng số tiền thu:</source>
      <translation>Total received:</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="99" />
      <source>Trả bằng:</source>
      <translation>Paid in:</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="100" />
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="102" />
      <source>Hủy một lần trả ghi nhầm</source>
      <translation>Cancel a repayment recorded by mistake</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="106" />
      <source>Lý do hủy:</source>
      <translation>Reason for cancelling:</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="111" />
      <source>Lần trả bị hủy vẫn được giữ trong sổ; chương trình ghi thêm một dòng điều chỉnh vào ngày trả ở trên.</source>
      <translation>A cancelled repayment stays in the book; a correcting line is added on the payment date above.</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="124" />
      <source>Ghi thu nợ</source>
      <translation>Record repayment</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="130" />
      <source>Hủy lần trả nợ ghi nhầm</source>
      <translation>Cancel a mistaken repayment</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="134" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="157" />
      <source>Số {number:02d} — &lt;b&gt;{name}&lt;/b&gt;, {what}, vay {amount} đ ngày {date}&lt;br&gt;Dư nợ: &lt;b&gt;{owed} đ&lt;/b&gt;</source>
      <translation>No. {number:02d} — &lt;b&gt;{name}&lt;/b&gt;, {what}, borrowed {amount} đ on {date}&lt;br&gt;Outstanding: &lt;b&gt;{owed} đ&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="184" />
      <source>Chưa đến hạn. Kỳ tới ngày {date}: gốc {principal} đ, lãi {interest} đ.</source>
      <translation>Nothing due yet. Next instalment on {date}: principal {principal} đ, interest {interest} đ.</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="189" />
      <source>Không còn khoản nào đến hạn.</source>
      <translation>Nothing more is due.</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="191" />
      <source>Đến ngày {date} phải trả: gốc {principal} đ, lãi {interest} đ.</source>
      <translation>Due by {date}: principal {principal} đ, interest {interest} đ.</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="195" />
      <source>Quá hạn {days} ngày.</source>
      <translation>{days} days overdue.</translation>
    </message>
    <message>
      <location filename="../../dialogs/repayment_dialog.py" line="204" />
      <source>{amount} đ</source>
      <translation>{amount} đ</translation>
    </message>
  </context>
  <context>
    <name>ReportDecisionDialog</name>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="35" />
      <source>Duyệt báo cáo năm {year}</source>
      <translation>Approve the {year} report</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="36" />
      <source>Trả lại báo cáo năm {year}</source>
      <translation>Return the {year} report</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="37" />
      <source>Mở lại báo cáo năm {year}</source>
      <translation>Reopen the {year} report</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="47" />
      <source>ví dụ: Chủ tịch Hội Người cao tuổi phường</source>
      <translation>e.g. Chair of the ward's Elderly Association</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="51" />
      <source>Duyệt báo cáo của {unit}: số liệu được chốt, báo cáo được cấp số và lưu bản PDF; từ đó không sửa được số liệu trong năm của đơn vị cho đến khi mở lại báo cáo.</source>
      <translation>Approve the report of {unit}: the figures are frozen, the report is numbered and its PDF kept; from then on the unit's records of the year cannot be changed until the report is reopened.</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="54" />
      <source>Trả báo cáo của {unit} về để sửa; lý do được ghi lại và hiện cho đơn vị lập báo cáo.</source>
      <translation>Return the report of {unit} for correction; the reason is recorded and shown to the office that writes it.</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="56" />
      <source>Mở lại báo cáo đã duyệt của {unit}: bản đã duyệt vẫn được lưu, một phiên bản mới được lập để sửa và duyệt lại.</source>
      <translation>Reopen the approved report of {unit}: the approved copy is kept, and a new version is started to correct and approve again.</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="62" />
      <source>Họ tên người duyệt:</source>
      <translation>Approver's name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="64" />
      <source>Chức vụ:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="67" />
      <source>Lý do:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="71" />
      <source>Duyệt</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="71" />
      <source>Trả lại</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../dialogs/report_decision_dialog.py" line="72" />
      <source>Mở lại</source>
      <translation>Reopen</translation>
    </message>
  </context>
  <context>
    <name>ReportModels</name>
    <message>
      <location filename="../../ui/report_models.py" line="34" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="35" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="36" />
      <source>Trạng thái</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="37" />
      <source>Phiên bản</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="38" />
      <source>Hạn nộp</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="39" />
      <source>Đang chờ</source>
      <translation>Waiting for</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="40" />
      <source>Người duyệt</source>
      <translation>Approver</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="41" />
      <source>Ngày duyệt</source>
      <translation>Approved on</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="57" />
      <source>Lý do trả lại: {reason}</source>
      <translation>Returned because: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="75" />
      <source>Chỉ số</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="76" />
      <source>Đã duyệt</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="77" />
      <source>Hiện tại</source>
      <translation>Now</translation>
    </message>
    <message>
      <location filename="../../ui/report_models.py" line="78" />
      <source>Chênh lệch</source>
      <translation>Difference</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="40" />
      <source>Kết quả đạt được</source>
      <translation>Results achieved</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="41" />
      <source>Khó khăn, tồn tại</source>
      <translation>Difficulties</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="42" />
      <source>Đề xuất, kiến nghị</source>
      <translation>Proposals</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="69" />
      <source>Báo cáo năm</source>
      <translation>Annual reports</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="91" />
      <source>Lưu phần lời</source>
      <translation>Save sections</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="92" />
      <source>Gửi duyệt</source>
      <translation>Submit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="93" />
      <source>Duyệt…</source>
      <translation>Approve…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="94" />
      <source>Trả lại…</source>
      <translation>Return…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="95" />
      <source>Mở lại…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="96" />
      <source>Xem báo cáo (PDF)…</source>
      <translation>View report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="97" />
      <source>Xuất bảng chỉ số (.xlsx)…</source>
      <translation>Export indicator tables (.xlsx)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="122" />
      <source>Năm báo cáo:</source>
      <translation>Report year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="159" />
      <source>Báo cáo năm và ký duyệt</source>
      <translation>Annual reports and sign-off</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="200" />
      <source>Chọn một đơn vị trong bảng.</source>
      <translation>Choose a unit in the table.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="209" />
      <source>{level}: {name}</source>
      <translation>{level}: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="213" />
      <source>lý do trả lại: {reason}</source>
      <translation>returned because: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="230" />
      <source>Đang so số liệu hiện tại với bản đã duyệt…</source>
      <translation>Comparing the current figures with the approved copy…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="241" />
      <source>Chưa lập báo cáo.</source>
      <translation>No report yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="245" />
      <source>Phiên bản {v}: {state}</source>
      <translation>Version {v}: {state}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="248" />
      <source>, duyệt ngày {date} ({name}), số {number}</source>
      <translation>, approved on {date} ({name}), number {number}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="252" />
      <source>; mở lại: {reason}</source>
      <translation>; reopened: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="261" />
      <source>Số liệu hiện tại khớp với bản đã duyệt (phiên bản {v}).</source>
      <translation>The current figures match the approved copy (version {v}).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="265" />
      <source>Số liệu hiện tại khác bản đã duyệt (phiên bản {v}) ở {n} chỉ số:</source>
      <translation>The current figures differ from the approved copy (version {v}) in {n} indicators:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="308" />
      <source>Báo cáo năm {year} — {unit}</source>
      <translation>Annual report {year} — {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="317" />
      <source>Xuất bảng chỉ số</source>
      <translation>Export indicator tables</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="318" />
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports_page.py" line="334" />
      <source>Đã lưu: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="49" />
      <source>không đọc được tệp ({error})</source>
      <translation>cannot read the file ({error})</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="58" />
      <source>Quản trị viên của bản sao lưu</source>
      <translation>Administrator of the backup</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="59" />
      <source>{reason}.
Nhập tên đăng nhập và mật khẩu của một quản trị viên trong bản sao lưu.</source>
      <translation>{reason}.
Enter the user name and password of an administrator in the backup.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="66" />
      <source>Tên đăng nhập:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="67" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="88" />
      <source>Dữ liệu của cơ quan khác</source>
      <translation>Another office's data</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="88" />
      <source>Chú ý: {reason}.

Vẫn thay toàn bộ dữ liệu hiện tại bằng dữ liệu đó?</source>
      <translation>Note: {reason}.

Replace all the current data with that data anyway?</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="95" />
      <source>Bản sao lưu không có tài khoản</source>
      <translation>Backup without accounts</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="95" />
      <source>Chú ý: {reason}.

Khôi phục và giữ lại các tài khoản hiện tại?</source>
      <translation>Note: {reason}.

Restore and keep the current accounts?</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="102" />
      <source>Nhật ký thay đổi bị sửa</source>
      <translation>Change log altered</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="102" />
      <source>Nhật ký thay đổi trong bản sao lưu đã bị sửa ngoài chương trình, từ dòng số {id}: dữ liệu trong đó có thể không còn như đã ghi.

Chỉ khôi phục khi đã biết vì sao. Vẫn khôi phục bản sao lưu này?</source>
      <translation>The change log in the backup was altered outside the program, from row {id}: its data may no longer be what was recorded.

Restore only when you know why. Restore this backup anyway?</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="141" />
      <source>Tệp:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="142" />
      <source>Sao lưu lúc:</source>
      <translation>Backed up at:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="143" />
      <source>Số CLB:</source>
      <translation>Clubs:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="144" />
      <source>Số người:</source>
      <translation>People:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="145" />
      <source>Dung lượng:</source>
      <translation>Size:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="153" />
      <source>{time} ngày {date} (dữ liệu phiên bản {version})</source>
      <translation>{time} on {date} (data version {version})</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="172" />
      <source>Khôi phục dữ liệu từ bản sao lưu</source>
      <translation>Restore data from a backup</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="174" />
      <source>Đang kiểm tra tệp sao lưu…</source>
      <translation>Checking the backup file…</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="178" />
      <source>Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, chương trình tự lưu dữ liệu hiện tại thành một bản sao lưu (loại «Trước khi khôi phục»), nên vẫn lấy lại được.</source>
      <translation>All current data will be replaced by the data in this backup. Before replacing it, the program saves the current data as a backup (type “Before restore”), so it can still be recovered.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="184" />
      <source>Khôi phục</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="186" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="204" />
      <source>Tệp sao lưu đọc được, không có lỗi.</source>
      <translation>The backup file is readable and has no errors.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="216" />
      <source>Không dùng được tệp này: {reason}. Dữ liệu hiện tại không bị thay đổi.</source>
      <translation>This file cannot be used: {reason}. The current data has not been changed.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="224" />
      <source>Đang khôi phục…</source>
      <translation>Restoring…</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="252" />
      <source>Dữ liệu bị hỏng</source>
      <translation>Damaged data</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="253" />
      <source>Không thấy tệp dữ liệu</source>
      <translation>Data file not found</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="256" />
      <source>Không mở được tệp dữ liệu của chương trình:
{path}

Tệp bị hỏng hoặc không phải dữ liệu của ISHC Desk (thường do máy tắt đột ngột hoặc ổ đĩa lỗi). Chưa có gì bị ghi đè.</source>
      <translation>Cannot open the program's data file:
{path}

The file is damaged or is not ISHC Desk data (usually after a sudden power-off or a disk fault). Nothing has been overwritten.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="260" />
      <source>Không thấy tệp dữ liệu của chương trình:
{path}

Tệp có thể đã bị xóa hoặc chuyển đi, nhưng trên máy còn các bản sao lưu.</source>
      <translation>The program's data file was not found:
{path}

It may have been deleted or moved, but there are backups on this computer.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="265" />
      <source>Cách khôi phục: dùng bản sao lưu mới nhất còn tốt. Tệp hiện tại được giữ lại bên cạnh các bản sao lưu.</source>
      <translation>To recover: use the latest good backup. The current file is kept next to the backups.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="268" />
      <source>Đang tìm bản sao lưu mới nhất còn tốt…</source>
      <translation>Looking for the latest good backup…</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="272" />
      <source>Khôi phục từ bản sao lưu mới nhất</source>
      <translation>Restore from the latest backup</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="275" />
      <source>Chọn bản sao lưu khác…</source>
      <translation>Choose another backup…</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="276" />
      <source>Bắt đầu với dữ liệu trống</source>
      <translation>Start with empty data</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="278" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="302" />
      <source>Không tìm thấy bản sao lưu nào còn tốt trong {folder}. Hãy chọn một bản sao lưu khác (ví dụ trên USB).</source>
      <translation>No good backup was found in {folder}. Choose another backup (e.g. on a USB drive).</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="307" />
      <source>Bản sao lưu mới nhất còn tốt:</source>
      <translation>Latest good backup:</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="314" />
      <source>Chọn bản sao lưu</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="324" />
      <source>Khôi phục dữ liệu</source>
      <translation>Restore data</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="324" />
      <source>Khôi phục dữ liệu từ bản sao lưu lúc {when}?</source>
      <translation>Restore the data from the backup of {when}?</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="349" />
      <source>Không khôi phục được: {reason}</source>
      <translation>Cannot restore: {reason}</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="367" />
      <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {when}.</source>
      <translation>The data has been restored from the backup of {when}.</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="370" />
      <source>Tệp cũ được giữ ở {path}</source>
      <translation>The old file is kept at {path}</translation>
    </message>
    <message>
      <location filename="../../dialogs/restore_dialog.py" line="371" />
      <source>Đã khôi phục</source>
      <translation>Restored</translation>
    </message>
  </context>
  <context>
    <name>ReversalDialog</name>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="42" />
      <source>Đảo phiếu {code}</source>
      <translation>Reverses voucher {code}</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="51" />
      <source>VD: ghi nhầm số tiền, nhầm quỹ, nhầm người nộp</source>
      <translation>e.g. wrong amount, wrong fund, wrong payer</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="55" />
      <source>Phiếu đã ghi sổ không sửa, không xóa được. Đảo phiếu sẽ lập một phiếu {opposite} cùng số tiền để hủy phiếu này; cả hai phiếu vẫn nằm trong sổ quỹ.</source>
      <translation>A voucher in the books cannot be edited or deleted. Reversing it creates a {opposite} voucher for the same amount to cancel it; both vouchers stay in the cash book.</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="58" />
      <source>chi</source>
      <translation>payment</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="58" />
      <source>thu</source>
      <translation>receipt</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="62" />
      <source>{code} ngày {date} — {kind}</source>
      <translation>{code} of {date} — {kind}</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="65" />
      <source>Phiếu:</source>
      <translation>Voucher:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="66" />
      <source>Quỹ:</source>
      <translation>Fund:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="69" />
      <source>Người nộp/nhận:</source>
      <translation>Payer/payee:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="72" />
      <source>Nội dung:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="73" />
      <source>Khoản mục:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="74" />
      <source>{amount} đ ({words})</source>
      <translation>{amount} đ ({words})</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="77" />
      <source>Số tiền:</source>
      <translation>Amount:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="79" />
      <source>Ngày đảo phiếu:</source>
      <translation>Reversal date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="81" />
      <source>Lý do đảo phiếu:</source>
      <translation>Reason for reversal:</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="83" />
      <source>Đảo phiếu</source>
      <translation>Reverse voucher</translation>
    </message>
    <message>
      <location filename="../../dialogs/reversal_dialog.py" line="89" />
      <source>Phiếu này đã được đảo bởi phiếu {code}.</source>
      <translation>This voucher has already been reversed by voucher {code}.</translation>
    </message>
  </context>
  <context>
    <name>SettingTab</name>
    <message>
      <location filename="../../ui/widgets/setting_tab.py" line="33" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/setting_tab.py" line="61" />
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="69" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="82" />
      <source>Đổi xã/phường</source>
      <translation>Change commune/ward</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="82" />
      <source>Đổi xã/phường của cơ quan? CLB, thành viên và thôn/tổ dân phố đã nhập vẫn thuộc xã/phường cũ.</source>
      <translation>Change the office's commune/ward? Clubs, members and villages/residential groups already entered stay with the old commune/ward.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="92" />
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="112" />
      <source>Cơ quan đứng tên trên văn bản: tên in ở góc trái, thẩm quyền và chức vụ người ký in ở khối chữ ký. Chữ in hoa được tự chuyển.</source>
      <translation>Bodies named on documents: the name is printed at the top left, the signing authority and signer's title in the signature block. Capital letters are applied automatically.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="115" />
      <source>Thêm nơi ban hành</source>
      <translation>Add issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="143" />
      <source>Nơi ban hành mới</source>
      <translation>New issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="145" />
      <source>Bỏ nơi ban hành này</source>
      <translation>Remove this issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="161" />
      <source>Bỏ nơi ban hành</source>
      <translation>Remove issuing body</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="161" />
      <source>Bỏ «{name}» khỏi danh sách? Thay đổi có hiệu lực khi bấm Lưu.</source>
      <translation>Remove “{name}” from the list? The change takes effect when you click Save.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="215" />
      <source>Số thành viên của một CLB:</source>
      <translation>Members per club:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="216" />
      <source>Luật Người cao tuổi tính từ đủ 60 tuổi; CLB thường tính từ 55 tuổi.</source>
      <translation>The Law on the Elderly counts from age 60; clubs often count from 55.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="217" />
      <source>Tuổi tính là người cao tuổi:</source>
      <translation>Older people from age:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="218" />
      <source>tuổi trở lên</source>
      <translation>and over</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="220" />
      <source>Tỷ lệ người cao tuổi tối thiểu:</source>
      <translation>Minimum share of older people:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="223" />
      <source>Tỷ lệ nữ:</source>
      <translation>Share of women:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="224" />
      <source>Tỷ lệ hộ nghèo, cận nghèo, khó khăn:</source>
      <translation>Share of poor, near-poor and hardship households:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="226" />
      <source>Tình nguyện viên chăm sóc tại nhà, tối thiểu:</source>
      <translation>Home-care volunteers, at least:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="227" />
      <source>người</source>
      <translation>people</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="229" />
      <source>Mức chuẩn dùng để đánh giá thành phần CLB trên mọi trang và báo cáo. Mặc định theo hướng dẫn mô hình CLB Liên thế hệ tự giúp nhau.</source>
      <translation>The standards used to assess club composition on every page and report. The defaults follow the guidance for the Intergenerational Self-Help Club model.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="233" />
      <source>Về mức mặc định</source>
      <translation>Restore defaults</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="258" />
      <source>từ</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="260" />
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="303" />
      <source>Áp dụng</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="304" />
      <source>Cửa sổ mở sau sẽ dùng ngôn ngữ mới; một số chữ chỉ đổi sau khi khởi động lại chương trình. Văn bản in luôn bằng tiếng Việt.</source>
      <translation>Windows opened from now on use the new language; some text changes only after the program is restarted. Printed documents are always in Vietnamese.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="309" />
      <source>Ngôn ngữ giao diện:</source>
      <translation>Interface language:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="329" />
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="346" />
      <source>Cơ quan</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="347" />
      <source>Nơi ban hành văn bản</source>
      <translation>Issuing bodies</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="348" />
      <source>Thôn/tổ dân phố</source>
      <translation>Villages/residential groups</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="349" />
      <source>Chuẩn thành phần CLB</source>
      <translation>Club composition standards</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="350" />
      <source>Trình bày văn bản</source>
      <translation>Document layout</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="351" />
      <source>Căn cứ và sổ văn bản</source>
      <translation>Legal bases and register</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="352" />
      <source>Dữ liệu cá nhân</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="353" />
      <source>Làm tròn tiền</source>
      <translation>Rounding</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_page.py" line="354" />
      <source>Giao diện</source>
      <translation>Interface</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="49" />
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="50" />
      <source>Số, ký hiệu</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="51" />
      <source>Ban hành</source>
      <translation>Issued</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="52" />
      <source>Hiệu lực từ</source>
      <translation>In force from</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="53" />
      <source>Hết hiệu lực</source>
      <translation>Replaced on</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="54" />
      <source>Dòng in trên giấy tờ</source>
      <translation>Line printed on papers</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="63" />
      <source>còn hiệu lực</source>
      <translation>in force</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="74" />
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="75" />
      <source>Số đã dùng gần nhất</source>
      <translation>Last number used</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="76" />
      <source>Số tiếp theo</source>
      <translation>Next number</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="114" />
      <source>Thêm…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="115" />
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="116" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="120" />
      <source>Căn cứ pháp lý giấy tờ dẫn</source>
      <translation>Legal bases papers cite</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="122" />
      <source>Quyết định thành lập CLB dẫn, trong mỗi nhóm, văn bản còn hiệu lực vào ngày ký; văn bản ban hành sau ngày đó không bao giờ được dẫn.</source>
      <translation>A founding decision cites, per topic, the text in force on the day it is signed; a text issued after that day is never cited.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="143" />
      <source>Đặt số tiếp theo</source>
      <translation>Set next number</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="145" />
      <source>Sổ văn bản đi: số tiếp theo</source>
      <translation>Outgoing register: next numbers</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="149" />
      <source>Cơ quan:</source>
      <translation>Body:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="149" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="150" />
      <source>Số tiếp theo:</source>
      <translation>Next number:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="162" />
      <source>VD: Phường Sông Cầu</source>
      <translation>e.g. Phường Sông Cầu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="164" />
      <source>VD: Thành phố Bắc Kạn</source>
      <translation>e.g. Thành phố Bắc Kạn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="166" />
      <source>VD: Tỉnh Bắc Kạn</source>
      <translation>e.g. Tỉnh Bắc Kạn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="167" />
      <source>Lưu tên cũ</source>
      <translation>Save former name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="169" />
      <source>Tên cũ của xã/phường (trước sáp nhập 2025)</source>
      <translation>Former names of the commune/ward (before the 2025 merges)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="173" />
      <source>Dùng đến ngày:</source>
      <translation>Used until:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="210" />
      <source>Chưa có tên cũ: giấy tờ mọi ngày đều dùng tên hiện nay của xã/phường.</source>
      <translation>No former name: papers of every date use the ward's present name.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="214" />
      <source>Đến ngày {date}: {names}</source>
      <translation>Until {date}: {names}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="251" />
      <source>Xóa căn cứ</source>
      <translation>Delete legal basis</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_register.py" line="252" />
      <source>Xóa «{line}»? Giấy tờ đã ban hành vẫn giữ nguyên.</source>
      <translation>Delete “{line}”? Papers already issued stay as they are.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="57" />
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="59" />
      <source>Có từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="60" />
      <source>Thôi từ ngày</source>
      <translation>Until</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="83" />
      <source>Thôi sử dụng thôn/tổ dân phố</source>
      <translation>Retire a village/residential group</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="86" />
      <source>«{name}» không còn từ ngày (sáp nhập, đổi tên…). Hồ sơ cũ vẫn giữ tên này.</source>
      <translation>“{name}” no longer exists from the date below (merger, renaming…). Old records keep this name.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="97" />
      <source>Thôi từ ngày:</source>
      <translation>No longer in use from:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="105" />
      <source>Nhập ngày dạng dd/mm/yyyy, VD: 01/07/2025</source>
      <translation>Enter the date as dd/mm/yyyy, e.g. 01/07/2025</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="122" />
      <source>Hiện cả thôn/tổ đã thôi sử dụng</source>
      <translation>Also show retired villages/groups</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="123" />
      <source>Thôi sử dụng…</source>
      <translation>Retire…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="125" />
      <source>Tên, VD: Tổ 5 hoặc Nà Cưởm</source>
      <translation>Name, e.g. Tổ 5 or Nà Cưởm</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="129" />
      <source>Thêm</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="134" />
      <source>Thêm:</source>
      <translation>Add:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="158" />
      <source>Thôn/tổ dân phố của {ward}</source>
      <translation>Villages/residential groups of {ward}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings_villages.py" line="159" />
      <source>Chưa khai báo xã/phường của cơ quan.</source>
      <translation>The office's commune/ward has not been set.</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="34" />
      <source>Đổi trạng thái CLB</source>
      <translation>Change club status</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="41" />
      <source>{status} (từ ngày {date})</source>
      <translation>{status} (since {date})</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="54" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="55" />
      <source>Trạng thái hiện nay:</source>
      <translation>Current status:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="56" />
      <source>Chuyển sang:</source>
      <translation>Change to:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="58" />
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="62" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="74" />
      <source>Lý do (bắt buộc):</source>
      <translation>Reason (required):</translation>
    </message>
    <message>
      <location filename="../../dialogs/status_dialog.py" line="76" />
      <source>Lý do, ghi chú:</source>
      <translation>Reason, notes:</translation>
    </message>
  </context>
  <context>
    <name>SupervisionModels</name>
    <message>
      <location filename="../../ui/supervision_models.py" line="28" />
      <source>Buổi sinh hoạt</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="29" />
      <source>Ban chủ nhiệm</source>
      <translation>Board</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="30" />
      <source>Thành phần CLB</source>
      <translation>Composition</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="31" />
      <source>Số dư các quỹ</source>
      <translation>Fund balances</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="32" />
      <source>Kiểm kê quỹ</source>
      <translation>Cash count</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="33" />
      <source>Khoản vay quá hạn</source>
      <translation>Overdue loans</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="34" />
      <source>Lớp tập huấn</source>
      <translation>Trainings</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="35" />
      <source>Tình nguyện viên</source>
      <translation>Volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="61" />
      <source>Câu lạc bộ</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="61" />
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="62" />
      <source>Hình thức</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="62" />
      <source>Điểm</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="63" />
      <source>Xếp loại</source>
      <translation>Rating</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="64" />
      <source>Kiến nghị chưa thực hiện</source>
      <translation>Open recommendations</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="93" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="94" />
      <source>Kiến nghị</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="95" />
      <source>Người thực hiện</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="96" />
      <source>Hạn</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="126" />
      <source>Nội dung kiểm tra</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="126" />
      <source>Trọng số</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="127" />
      <source>Bắt buộc</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="128" />
      <source>Chương trình ghi nhận</source>
      <translation>What the program knows</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="129" />
      <source>Đánh giá</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="129" />
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="246" />
      <source>Hạn (dd/mm/yyyy)</source>
      <translation>Due (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="287" />
      <source>Đã thực hiện</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="289" />
      <source>Buổi giám sát</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="335" />
      <source>Nhóm nội dung</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="335" />
      <source>Số mục</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_models.py" line="375" />
      <source>Dữ liệu đối chiếu</source>
      <translation>Fact shown</translation>
    </message>
  </context>
  <context>
    <name>SupervisionPage</name>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="85" />
      <source>Giám sát</source>
      <translation>Supervision</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="90" />
      <source>Ghi buổi giám sát…</source>
      <translation>Record a supervision visit…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="91" />
      <source>In biên bản giám sát…</source>
      <translation>Print the supervision record…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="92" />
      <source>Mẫu bảng kiểm…</source>
      <translation>Checklist template…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="93" />
      <source>Sửa kế hoạch giám sát…</source>
      <translation>Edit the supervision plan…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="98" />
      <source>Cần quyền ghi biên bản giám sát (giám sát cấp trên hoặc quản trị)</source>
      <translation>Needs the right to record supervision (upper-level supervisor or administrator)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="101" />
      <source>CLB được giám sát</source>
      <translation>Clubs supervised</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="102" />
      <source>Thực hiện kế hoạch</source>
      <translation>Plan carried out</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="103" />
      <source>Điểm trung bình</source>
      <translation>Average score</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="104" />
      <source>Kiến nghị quá hạn</source>
      <translation>Overdue recommendations</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="131" />
      <source>Điểm trung bình theo năm</source>
      <translation>Average score by year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="152" />
      <source>Thực hiện kế hoạch theo tháng (lượt giám sát)</source>
      <translation>Plan carried out by month (visits)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="171" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="193" />
      <source>Các buổi giám sát trong năm</source>
      <translation>Supervision visits of the year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="194" />
      <source>Kế hoạch giám sát năm</source>
      <translation>Supervision plan of the year</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="200" />
      <source>Kiến nghị chưa thực hiện, đã quá hạn</source>
      <translation>Recommendations not carried out, past due</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="208" />
      <source>Giám sát CLB Liên thế hệ tự giúp nhau</source>
      <translation>Supervision of Intergenerational Self-Help Clubs</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="231" />
      <source>{n} buổi giám sát</source>
      <translation>{n} supervision visits</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="238" />
      <source>{done}/{all} CLB ({pct})</source>
      <translation>{done}/{all} clubs ({pct})</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="242" />
      <source>chưa có kế hoạch</source>
      <translation>no plan yet</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="243" />
      <source>{done}/{all} lượt ({pct})</source>
      <translation>{done}/{all} visits ({pct})</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="249" />
      <source>chưa có</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="254" />
      <source>{score} ({arrow} {change} so với trước)</source>
      <translation>{score} ({arrow} {change} on the year before)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="294" />
      <source>Chưa có kế hoạch giám sát năm {year}.</source>
      <translation>No supervision plan for {year} yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="295" />
      <source>{n} CLB trong kế hoạch: {done} đã giám sát, {late} quá hạn chưa giám sát, {rest} chưa đến tháng.</source>
      <translation>{n} clubs in the plan: {done} supervised, {late} overdue and not supervised, {rest} not due yet.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="305" />
      <source>Đã giám sát</source>
      <translation>Supervised</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="307" />
      <source>Chưa giám sát</source>
      <translation>Not supervised</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="351" />
      <source>In biên bản giám sát</source>
      <translation>Print the supervision record</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="352" />
      <source>Chọn một buổi giám sát trong bảng trước.</source>
      <translation>Choose a supervision visit in the table first.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="358" />
      <source>Biên bản giám sát — {club}, {date}</source>
      <translation>Supervision record — {club}, {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="384" />
      <source>Mẫu bảng kiểm</source>
      <translation>Checklist template</translation>
    </message>
    <message>
      <location filename="../../ui/pages/supervision_page.py" line="384" />
      <source>Mẫu đã được dùng trong các buổi giám sát trước nên đã lưu thành phiên bản {v}; các buổi đã ghi giữ phiên bản cũ.</source>
      <translation>The template was used by earlier visits, so it was saved as version {v}; the recorded visits keep the old version.</translation>
    </message>
  </context>
  <context>
    <name>SupportDialog</name>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="33" />
      <source>Ghi hỗ trợ hưởng chế độ</source>
      <translation>Record entitlement claim</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="33" />
      <source>Ghi hỗ trợ</source>
      <translation>Record help</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="45" />
      <source>Thành viên:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="46" />
      <source>Ngày:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="48" />
      <source>VD: thẻ bảo hiểm y tế</source>
      <translation>e.g. health insurance card</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="49" />
      <source>Chế độ:</source>
      <translation>Entitlement:</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="50" />
      <source>Kết quả:</source>
      <translation>Outcome:</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="52" />
      <source>VD: hỗ trợ sửa nhà</source>
      <translation>e.g. help repairing the house</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="53" />
      <source>Nội dung hỗ trợ:</source>
      <translation>Help given:</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="54" />
      <source>Giá trị (đồng):</source>
      <translation>Value (VND):</translation>
    </message>
    <message>
      <location filename="../../dialogs/support_dialog.py" line="55" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="48" />
      <source>Mẫu bảng kiểm giám sát</source>
      <translation>Supervision checklist template</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="57" />
      <source>{name} (phiên bản {version})</source>
      <translation>{name} (version {version})</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="63" />
      <source>Lưu thành mẫu mới (đặt tên khác)</source>
      <translation>Save as a new template (with another name)</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="76" />
      <source>Thêm nhóm</source>
      <translation>Add group</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="77" />
      <source>Bỏ nhóm</source>
      <translation>Remove group</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="78" />
      <source>Thêm mục</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="79" />
      <source>Bỏ mục</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="82" />
      <source>Mẫu:</source>
      <translation>Template:</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="83" />
      <source>Tên mẫu:</source>
      <translation>Template name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="87" />
      <source>Nhóm nội dung</source>
      <translation>Groups</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="94" />
      <source>Các mục của nhóm đang chọn</source>
      <translation>Items of the chosen group</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="106" />
      <source>Lưu mẫu</source>
      <translation>Save template</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="143" />
      <source>Lưu sẽ tạo một mẫu mới (phiên bản 1) với tên đã đặt.</source>
      <translation>Saving creates a new template (version 1) with the name given.</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="145" />
      <source>Đây là mẫu chung của chương trình: lưu sẽ tạo mẫu riêng của đơn vị.</source>
      <translation>This is the programme's default template: saving creates your unit's own template.</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="147" />
      <source>Mẫu này (phiên bản {v}) đã được dùng trong {n} buổi giám sát: lưu sẽ tạo phiên bản mới ({next}); các buổi đã ghi vẫn giữ phiên bản cũ.</source>
      <translation>This template (version {v}) was used by {n} supervision visits: saving creates a new version ({next}); the recorded visits keep the old version.</translation>
    </message>
    <message>
      <location filename="../../dialogs/template_dialog.py" line="151" />
      <source>Mẫu này chưa được dùng trong buổi giám sát nào: sửa trực tiếp.</source>
      <translation>No supervision visit has used this template yet: it is edited in place.</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <location filename="../../ui/activity_models.py" line="124" />
      <source>Tên khóa</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="125" />
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="126" />
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="127" />
      <source>Đến ngày</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="128" />
      <source>Đơn vị tổ chức</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="129" />
      <source>Địa điểm</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="130" />
      <source>Số người dự</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="139" />
      <source>CLB</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="140" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/activity_models.py" line="141" />
      <source>Chức danh</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="39" />
      <source>Tập huấn</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="51" />
      <source>Thêm khóa tập huấn…</source>
      <translation>Add training course…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="53" />
      <source>Tập huấn và tham quan học tập</source>
      <translation>Training and study visits</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="55" />
      <source>Năm:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="63" />
      <source>Các khóa trong năm:</source>
      <translation>Courses of the year:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="69" />
      <source>Thành viên ban chủ nhiệm chưa từng được tập huấn:</source>
      <translation>Board members never trained:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training_page.py" line="98" />
      <source>{share}% CLB có thành viên ban chủ nhiệm đã được tập huấn ({trained}/{clubs} CLB)</source>
      <translation>{share}% of clubs have a trained board member ({trained}/{clubs} clubs)</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="48" />
      <source>Tạo tài khoản đầu tiên</source>
      <translation>Create the first account</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="49" />
      <source>Sửa tài khoản</source>
      <translation>Edit account</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="49" />
      <source>Thêm tài khoản</source>
      <translation>Add account</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="53" />
      <source>Tài khoản đầu tiên có vai trò Quản trị. Văn phòng chỉ có một người thì giữ cả vai trò Cán bộ nhập liệu để tự nhập được số CCCD, hộ nghèo; khi có thêm cán bộ, trang Tài khoản giúp giao việc nhập liệu cho người đó. Từ đó mỗi lần mở chương trình đều phải đăng nhập.</source>
      <translation>The first account has the Administrator role. In a one-person office it keeps the Data-entry clerk role too, so you can enter ID numbers and poverty status yourself; when more staff join, the Accounts page hands data entry over to them. From then on, everyone must sign in each time the program opens.</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="64" />
      <source>VD: hoa.lt</source>
      <translation>e.g. hoa.lt</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="95" />
      <source>Tên đăng nhập:</source>
      <translation>Username:</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="97" />
      <source>chữ thường không dấu, chữ số, dấu . _ -</source>
      <translation>lower-case letters without diacritics, digits, . _ -</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="98" />
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="102" />
      <source>Vai trò:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="105" />
      <source>Đơn vị:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="107" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="109" />
      <source>ít nhất {n} ký tự, không trùng tên đăng nhập</source>
      <translation>at least {n} characters, not the same as the username</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="110" />
      <source>Nhập lại mật khẩu:</source>
      <translation>Repeat password:</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="117" />
      <source>Tạo tài khoản</source>
      <translation>Create account</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="117" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="119" />
      <source>Để sau</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../dialogs/user_dialog.py" line="119" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="../../ui/pages/users_page.py" line="47" />
      <source>Ngừng sử dụng</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="49" />
      <source>Bị khóa</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="51" />
      <source>Tạm khóa đến {time} {date}</source>
      <translation>Locked until {time} {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="54" />
      <source>Chờ đổi mật khẩu</source>
      <translation>Must change password</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="56" />
      <source>Chờ xác nhận quyền xem dữ liệu nhạy cảm</source>
      <translation>Sensitive-data right awaiting confirmation</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="57" />
      <source>Đang dùng</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="63" />
      <source>Tên đăng nhập</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="64" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="65" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="66" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="67" />
      <source>Tình trạng</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="68" />
      <source>Đăng nhập lần cuối</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="100" />
      <source>Tài khoản người dùng</source>
      <translation>User accounts</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="102" />
      <source>Thêm tài khoản…</source>
      <translation>Add account…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="103" />
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="104" />
      <source>Đặt lại mật khẩu…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="105" />
      <source>Khóa</source>
      <translation>Lock</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="107" />
      <source>Xác nhận quyền dữ liệu nhạy cảm</source>
      <translation>Confirm sensitive-data right</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="108" />
      <source>Giao việc nhập liệu cho người khác…</source>
      <translation>Hand data entry to someone else…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="110" />
      <source>Tạo tài khoản cán bộ nhập liệu cho người mới, rồi bỏ vai trò đó khỏi tài khoản của bạn: bạn vẫn quản trị, người mới nhập dữ liệu và xem thông tin nhạy cảm.</source>
      <translation>Create a data-entry account for the new person, then remove that role from your own account: you stay administrator, the new person enters data and sees sensitive data.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="134" />
      <source>Sau 5 lần nhập sai mật khẩu liên tiếp, tài khoản tạm khóa {m} phút. Tài khoản ngừng sử dụng vẫn giữ tên trong nhật ký thay đổi.</source>
      <translation>After 5 wrong passwords in a row, the account is locked for {m} minutes. A deactivated account keeps its name in the change log.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="175" />
      <source>Chưa tài khoản nào của xã/phường được xem và nhập thông tin nhạy cảm (số CCCD, hộ nghèo, khuyết tật). Bấm «Sửa…» và đánh dấu vai trò «Cán bộ nhập liệu» cho người nhập dữ liệu (văn phòng một người: cho chính tài khoản của bạn).</source>
      <translation>No account of the ward may see or enter sensitive data (ID numbers, poverty status, disability). Click “Edit…” and tick the “Data-entry clerk” role for whoever enters the data (a one-person office: your own account).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="196" />
      <source>Mở khóa</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="197" />
      <source>Cho dùng lại</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="219" />
      <source>Giao việc nhập liệu cho người khác</source>
      <translation>Hand data entry to someone else</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="227" />
      <source>Giao việc nhập liệu</source>
      <translation>Hand data entry over</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="228" />
      <source>Đã tạo tài khoản «{name}» ({role}). Bỏ vai trò {mine} khỏi tài khoản «{me}» của bạn? Bạn vẫn quản trị tài khoản và cài đặt, nhưng không còn xem thông tin nhạy cảm.</source>
      <translation>Account “{name}” ({role}) created. Remove the role {mine} from your account “{me}”? You keep managing accounts and settings, but no longer see sensitive data.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/users_page.py" line="276" />
      <source>Ngừng sử dụng tài khoản «{name}»? Người đó sẽ không đăng nhập được nữa.</source>
      <translation>Deactivate the account “{name}”? That user will no longer be able to sign in.</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="64" />
      <source>Ghi buổi giám sát</source>
      <translation>Record a supervision visit</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="82" />
      <source>Họ tên, cách nhau bằng dấu phẩy</source>
      <translation>Full names, separated by commas</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="100" />
      <source>✱ bắt buộc trả lời. Dòng nền đỏ: mục bắt buộc chưa có đánh giá.</source>
      <translation>✱ must be answered. Red rows: required items not yet answered.</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="105" />
      <source>Nhận xét chung của đoàn giám sát</source>
      <translation>The supervisors' overall findings</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="111" />
      <source>Thêm kiến nghị</source>
      <translation>Add recommendation</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="112" />
      <source>Bỏ kiến nghị đang chọn</source>
      <translation>Remove the chosen recommendation</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="132" />
      <source>Câu lạc bộ:</source>
      <translation>Club:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="135" />
      <source>Hình thức:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="141" />
      <source>Ngày giám sát:</source>
      <translation>Visit date:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="142" />
      <source>Người giám sát:</source>
      <translation>Supervisors:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="144" />
      <source>Bảng kiểm:</source>
      <translation>Checklist:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="151" />
      <source>Bảng kiểm</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="154" />
      <source>Nhận xét, đánh giá chung:</source>
      <translation>Overall findings:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="156" />
      <source>Kiến nghị của đoàn giám sát:</source>
      <translation>The supervisors' recommendations:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="163" />
      <source>Nhận xét và kiến nghị</source>
      <translation>Findings and recommendations</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="166" />
      <source>Kiến nghị của các lần giám sát trước chưa thực hiện; đánh dấu những kiến nghị CLB đã thực hiện:</source>
      <translation>Recommendations of earlier visits not yet carried out; tick those the club has carried out:</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="169" />
      <source>Kiến nghị lần trước</source>
      <translation>Earlier recommendations</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="170" />
      <source>Lưu buổi giám sát</source>
      <translation>Save the visit</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="186" />
      <source>{name} (phiên bản {version})</source>
      <translation>{name} (version {version})</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="229" />
      <source>Kiến nghị lần trước ({n})</source>
      <translation>Earlier recommendations ({n})</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="236" />
      <source>Điểm: chưa có (đã đánh giá {a}/{n} mục)</source>
      <translation>Score: none yet ({a}/{n} items answered)</translation>
    </message>
    <message>
      <location filename="../../dialogs/visit_dialog.py" line="238" />
      <source>Điểm: {score}/100 — xếp loại {rating} (đã đánh giá {a}/{n} mục)</source>
      <translation>Score: {score}/100 — rated {rating} ({a}/{n} items answered)</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../ui/widgets/dates.py" line="65" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/fields.py" line="43" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/fields.py" line="44" />
      <source>Chưa lưu được vì:</source>
      <translation>Could not save because:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/form_dialog.py" line="73" />
      <source>Bỏ thay đổi?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/form_dialog.py" line="74" />
      <source>Những gì vừa nhập chưa được lưu. Đóng và bỏ các thay đổi?</source>
      <translation>What you have typed is not saved. Close and discard the changes?</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/member_pick.py" line="18" />
      <source>— Chọn thành viên —</source>
      <translation>— Choose a member —</translation>
    </message>
  </context>
</TS>
