"""The words the demo draws people from: ethnic groups, family, middle and given names, and
phone prefixes of the north-east uplands, with how often each one occurs.

Weighted lists are "word:weight" separated by spaces; a weight of 1 may be left out, and "_"
stands for a space inside a word ("Thị_Thu").
"""

ETHNICITIES = "Tày:48 Kinh:32 Nùng:8 Dao:7 Mông:2 Sán_Chay:2 Hoa:1"
FAMILY = {
    "Kinh": "Nguyễn:30 Trần:12 Lê:10 Phạm:8 Hoàng:6 Vũ:5 Đỗ:4 Đặng:3 Bùi:3 Dương:3 Ngô:2 "
            "Đinh:2 Phan:2 Lương:2 Hà:2",
    "Tày": "Hoàng:14 Nông:14 Hà:12 Nguyễn:10 Ma:8 Đàm:6 Lường:5 Bế:5 Triệu:4 Lý:4 Lục:4 "
           "Hứa:3 Lưu:3 Dương:3 Mạc:2 Hà:2 Đinh:2",
    "Nùng": "Hoàng:10 Nông:10 Lý:8 Vi:8 Lương:6 Triệu:6 Mã:4 Chu:4 Nguyễn:4",
    "Dao": "Triệu:20 Bàn:14 Đặng:12 Lý:10 Phùng:4 Chảo:3",
    "Mông": "Giàng:10 Lý:8 Sùng:6 Vàng:6 Hầu:4 Thào:4 Mùa:3",
    "Sán Chay": "La:6 Hoàng:6 Trần:4 Lâm:4 Chu:3 Đinh:2",
    "Hoa": "Lý:5 Lưu:4 Trương:4 Hoàng:3 Vương:3 Diệp:2",
}
MIDDLE = {
    "F": "Thị:70 Thị_Thu:4 Thị_Minh:3 Thu:4 Ngọc:4 Thanh:4 Hồng:3 Kim:3 Minh:2 Phương:2",
    "M": "Văn:55 Đức:8 Ngọc:5 Xuân:5 Quang:5 Minh:5 Hữu:4 Đình:4 Công:4 Mạnh:3 Tiến:3 "
         "Trung:2 Thanh:3",
    "F-Mông": "Thị", "M-Mông": "A:5 Seo:3 Mí:3 Chẩn:1",
}
GIVEN = {
    "F": "Huệ:3 Lan:3 Hoa:3 Mai:3 Hương:3 Hằng:3 Hạnh:3 Nga:2 Nhung:2 Thu:2 Thủy:3 Thanh:2 "
         "Liên:2 Hồng:3 Dung:2 Hà:2 Hiền:2 Loan:2 Tuyết:2 Xuân:2 Yến:2 Vân:2 Lý:2 Mến:2 "
         "Chiên Phượng:2 Sen Tâm Đào Oanh Ngân:2 Thoa Tươi Bình Thơm:2 Hảo Nguyệt Quế Lành "
         "Hiên Nhài Nhị Mừng Chanh Hòa:2 Hiếu Thắm:2 Lụa Nhàn Ánh Gấm Vui Sáu Tám",
    "M": "Hùng:3 Dũng:3 Tuấn:3 Thắng:3 Minh:2 Hải:3 Sơn:3 Long:2 Bình:2 Cường:3 Đức:2 Hòa:2 "
         "Hưng:2 Khánh Lâm Nam:2 Phúc Quang:2 Tân Thành:3 Toàn Trung:2 Tùng:2 Vinh:2 Chiến:2 "
         "Thịnh Đông Lợi Kiên:2 Tiến:2 Huấn Chung Bảo Thiêm Pản Quý Hiệp Nghĩa:2 Lộc Tư Nhất",
    "F-Mông": "Mỉ Dở Ly Máy Pà Say Sùa Chúa",
    "M-Mông": "Páo Chứ Dính Sử Tủa Pó Dình Mua",
    "F-Dao": "Mẩy Phấy Liều Kiều Nhất Chài Hiên Lan Ngân",
    "M-Dao": "Chàn Lìu Phin Vần Quẩy Sơn Quý Kiềm Tòn",
}
PHONES = ("086 096 097 098 032 033 034 035 036 037 038 039 091 094 088 083 084 085 081 082 070 "
          "076 077 078 079 056 058 059 087 089 090 093")
