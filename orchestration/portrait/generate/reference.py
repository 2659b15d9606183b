"""Fixed reference data for the generator: places, names, traits and the product catalogue."""

from __future__ import annotations

import numpy as np

# Mainland cities: municipalities, provincial capitals and tier-1 / new-tier-1 / tier-2 cities.
# (city, province, province short, province English, city English, admin code, postcode, weight)
MAINLAND_CITIES = [
    ("北京市", "北京市", "北京", "Beijing", "Beijing", "110101", "100000", 9),
    ("上海市", "上海市", "上海", "Shanghai", "Shanghai", "310101", "200000", 10),
    ("天津市", "天津市", "天津", "Tianjin", "Tianjin", "120101", "300000", 4),
    ("重庆市", "重庆市", "重庆", "Chongqing", "Chongqing", "500101", "400000", 5),
    ("广州市", "广东省", "广东", "Guangdong", "Guangzhou", "440103", "510000", 8),
    ("深圳市", "广东省", "广东", "Guangdong", "Shenzhen", "440303", "518000", 8),
    ("东莞市", "广东省", "广东", "Guangdong", "Dongguan", "441900", "523000", 3),
    ("佛山市", "广东省", "广东", "Guangdong", "Foshan", "440604", "528000", 3),
    ("珠海市", "广东省", "广东", "Guangdong", "Zhuhai", "440402", "519000", 1),
    ("惠州市", "广东省", "广东", "Guangdong", "Huizhou", "441302", "516000", 1),
    ("杭州市", "浙江省", "浙江", "Zhejiang", "Hangzhou", "330102", "310000", 6),
    ("宁波市", "浙江省", "浙江", "Zhejiang", "Ningbo", "330203", "315000", 3),
    ("温州市", "浙江省", "浙江", "Zhejiang", "Wenzhou", "330302", "325000", 2),
    ("金华市", "浙江省", "浙江", "Zhejiang", "Jinhua", "330702", "321000", 1),
    ("嘉兴市", "浙江省", "浙江", "Zhejiang", "Jiaxing", "330402", "314000", 1),
    ("绍兴市", "浙江省", "浙江", "Zhejiang", "Shaoxing", "330602", "312000", 1),
    ("南京市", "江苏省", "江苏", "Jiangsu", "Nanjing", "320102", "210000", 5),
    ("苏州市", "江苏省", "江苏", "Jiangsu", "Suzhou", "320505", "215000", 5),
    ("无锡市", "江苏省", "江苏", "Jiangsu", "Wuxi", "320205", "214000", 2),
    ("常州市", "江苏省", "江苏", "Jiangsu", "Changzhou", "320402", "213000", 2),
    ("南通市", "江苏省", "江苏", "Jiangsu", "Nantong", "320602", "226000", 1),
    ("徐州市", "江苏省", "江苏", "Jiangsu", "Xuzhou", "320302", "221000", 1),
    ("成都市", "四川省", "四川", "Sichuan", "Chengdu", "510104", "610000", 6),
    ("武汉市", "湖北省", "湖北", "Hubei", "Wuhan", "420102", "430000", 5),
    ("西安市", "陕西省", "陕西", "Shaanxi", "Xi'an", "610102", "710000", 4),
    ("长沙市", "湖南省", "湖南", "Hunan", "Changsha", "430102", "410000", 4),
    ("郑州市", "河南省", "河南", "Henan", "Zhengzhou", "410102", "450000", 4),
    ("青岛市", "山东省", "山东", "Shandong", "Qingdao", "370202", "266000", 3),
    ("济南市", "山东省", "山东", "Shandong", "Jinan", "370102", "250000", 3),
    ("烟台市", "山东省", "山东", "Shandong", "Yantai", "370602", "264000", 1),
    ("合肥市", "安徽省", "安徽", "Anhui", "Hefei", "340102", "230000", 3),
    ("福州市", "福建省", "福建", "Fujian", "Fuzhou", "350102", "350000", 2),
    ("厦门市", "福建省", "福建", "Fujian", "Xiamen", "350203", "361000", 2),
    ("泉州市", "福建省", "福建", "Fujian", "Quanzhou", "350502", "362000", 1),
    ("沈阳市", "辽宁省", "辽宁", "Liaoning", "Shenyang", "210102", "110000", 3),
    ("大连市", "辽宁省", "辽宁", "Liaoning", "Dalian", "210202", "116000", 2),
    ("哈尔滨市", "黑龙江省", "黑龙江", "Heilongjiang", "Harbin", "230102", "150000", 2),
    ("长春市", "吉林省", "吉林", "Jilin", "Changchun", "220102", "130000", 2),
    ("石家庄市", "河北省", "河北", "Hebei", "Shijiazhuang", "130102", "050000", 2),
    ("太原市", "山西省", "山西", "Shanxi", "Taiyuan", "140105", "030000", 2),
    ("南昌市", "江西省", "江西", "Jiangxi", "Nanchang", "360102", "330000", 2),
    ("昆明市", "云南省", "云南", "Yunnan", "Kunming", "530102", "650000", 2),
    ("贵阳市", "贵州省", "贵州", "Guizhou", "Guiyang", "520102", "550000", 1),
    ("南宁市", "广西壮族自治区", "广西", "Guangxi", "Nanning", "450102", "530000", 2),
    ("海口市", "海南省", "海南", "Hainan", "Haikou", "460105", "570000", 1),
    ("兰州市", "甘肃省", "甘肃", "Gansu", "Lanzhou", "620102", "730000", 1),
    ("呼和浩特市", "内蒙古自治区", "内蒙古", "Inner Mongolia", "Hohhot", "150102", "010000", 1),
    ("乌鲁木齐市", "新疆维吾尔自治区", "新疆", "Xinjiang", "Urumqi", "650102", "830000", 1),
    ("银川市", "宁夏回族自治区", "宁夏", "Ningxia", "Yinchuan", "640104", "750000", 1),
    ("西宁市", "青海省", "青海", "Qinghai", "Xining", "630102", "810000", 1),
    ("拉萨市", "西藏自治区", "西藏", "Tibet", "Lhasa", "540102", "850000", 1),
]

# International persons:
# (city, region, country ISO-2, phone country code, national digits, postcode)
INTERNATIONAL_CITIES = [
    ("Hong Kong", "Hong Kong", "HK", "852", 8, ""),
    ("Singapore", "Singapore", "SG", "65", 8, "018956"),
    ("New York", "NY", "US", "1", 10, "10001"),
    ("London", "England", "GB", "44", 10, "SW1A 1AA"),
    ("Sydney", "NSW", "AU", "61", 9, "2000"),
    ("Toronto", "ON", "CA", "1", 10, "M5H 2N2"),
]

SURNAMES = [
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("林", "Lin"),
    ("高", "Gao"),
    ("罗", "Luo"),
    ("郑", "Zheng"),
    ("梁", "Liang"),
    ("谢", "Xie"),
    ("宋", "Song"),
    ("唐", "Tang"),
    ("韩", "Han"),
    ("冯", "Feng"),
    ("邓", "Deng"),
    ("曹", "Cao"),
    ("彭", "Peng"),
    ("曾", "Zeng"),
    ("肖", "Xiao"),
    ("田", "Tian"),
    ("董", "Dong"),
    ("潘", "Pan"),
    ("袁", "Yuan"),
    ("蔡", "Cai"),
    ("蒋", "Jiang"),
    ("余", "Yu"),
    ("欧阳", "Ouyang"),
    ("司马", "Sima"),
]

GIVEN_CHARS = {
    "male": [
        ("伟", "wei"),
        ("强", "qiang"),
        ("磊", "lei"),
        ("军", "jun"),
        ("洋", "yang"),
        ("勇", "yong"),
        ("杰", "jie"),
        ("涛", "tao"),
        ("明", "ming"),
        ("超", "chao"),
        ("浩", "hao"),
        ("宇", "yu"),
        ("鹏", "peng"),
        ("晨", "chen"),
        ("峰", "feng"),
        ("建", "jian"),
        ("文", "wen"),
        ("斌", "bin"),
        ("博", "bo"),
        ("轩", "xuan"),
        ("子", "zi"),
        ("天", "tian"),
        ("志", "zhi"),
        ("俊", "jun"),
    ],
    "female": [
        ("芳", "fang"),
        ("娜", "na"),
        ("敏", "min"),
        ("静", "jing"),
        ("丽", "li"),
        ("艳", "yan"),
        ("婷", "ting"),
        ("雪", "xue"),
        ("琳", "lin"),
        ("慧", "hui"),
        ("颖", "ying"),
        ("佳", "jia"),
        ("欣", "xin"),
        ("怡", "yi"),
        ("梦", "meng"),
        ("悦", "yue"),
        ("晓", "xiao"),
        ("秀", "xiu"),
        ("玲", "ling"),
        ("萍", "ping"),
        ("雨", "yu"),
        ("思", "si"),
        ("涵", "han"),
        ("蕾", "lei"),
    ],
}

# Characters used for one-character typos in Hanzi names (homophones and look-alikes).
HANZI_TYPO_CHARS = list("王汪李理张章刘柳陈程杨洋黄皇伟卫明铭静晶丽莉芳方敏民婷亭")

LATIN_FIRST = {
    "male": [
        "James",
        "John",
        "David",
        "Michael",
        "Daniel",
        "Thomas",
        "Andrew",
        "Ryan",
        "Kevin",
        "Jason",
        "Eric",
        "Ethan",
        "Lucas",
        "Oliver",
        "Samuel",
        "Henry",
    ],
    "female": [
        "Emma",
        "Olivia",
        "Sophia",
        "Emily",
        "Grace",
        "Chloe",
        "Hannah",
        "Sarah",
        "Amy",
        "Jessica",
        "Lily",
        "Mia",
        "Zoe",
        "Rachel",
        "Laura",
        "Natalie",
    ],
}
LATIN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Lee",
    "Wong",
    "Chan",
    "Tan",
    "Lim",
    "Martin",
    "Walker",
    "Clarke",
    "Evans",
    "Nguyen",
    "Kim",
    "Patel",
    "Singh",
    "Cheung",
    "Ng",
    "Ho",
    "Davies",
    "Roberts",
    "Miller",
]

ROADS = [
    "中山路",
    "人民路",
    "解放路",
    "建设路",
    "和平路",
    "长江路",
    "新华路",
    "青年路",
    "文化路",
    "滨江大道",
    "世纪大道",
    "南京路",
    "黄河路",
    "花园路",
    "科技路",
    "学府路",
]
DISTRICTS = ["东区", "西区", "南区", "北区", "高新区", "新区", "开发区", "中心区"]
LATIN_STREETS = [
    "Main Street",
    "Queen's Road",
    "Orchard Road",
    "High Street",
    "King Street",
    "Park Avenue",
    "Nathan Road",
    "George Street",
]

INTERESTS = [
    "beauty",
    "fitness",
    "travel",
    "tech",
    "home",
    "fashion",
    "food",
    "parenting",
    "gaming",
    "outdoor",
    "luxury",
    "pets",
]
INTEREST_WEIGHTS = np.array([14, 10, 9, 10, 9, 12, 10, 6, 6, 6, 4, 5], dtype=float)
LIFESTYLES = ["urban_professional", "family_focused", "student", "active_senior", "homebody"]
VALUES = ["quality", "price", "sustainability", "convenience", "brand", "innovation"]
CHANNELS = ["web", "app", "miniprogram", "tmall", "jd", "offline", "email", "wechat"]
PURPOSES = [
    "marketing_email",
    "marketing_sms",
    "marketing_wechat",
    "personalization",
    "analytics",
    "third_party_sharing",
]

WECHAT_OA_APP_ID = "wx4f8a2c1e9b3d7a60"
WECHAT_MP_APP_ID = "wx9c3e5b7a1d2f4086"

EMAIL_DOMAINS_CN = [
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "139.com",
    "outlook.com",
    "gmail.com",
]
EMAIL_DOMAINS_INTL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"]

STORES = [
    "SH-001",
    "SH-002",
    "BJ-001",
    "BJ-002",
    "GZ-001",
    "SZ-001",
    "HZ-001",
    "CD-001",
    "WH-001",
    "NJ-001",
]

# Top category, interest it serves, sub categories with leaves, price range in CNY.
_CATALOGUE = [
    (
        "Beauty",
        "beauty",
        "美妆",
        {"Skincare": ["Serum", "Cleanser", "Moisturizer"], "Makeup": ["Lipstick", "Foundation"]},
        (59, 899),
    ),
    (
        "Sports",
        "fitness",
        "运动",
        {"Fitness": ["Yoga Mat", "Dumbbell"], "Apparel": ["Running Shoes", "Leggings"]},
        (39, 1299),
    ),
    (
        "Travel",
        "travel",
        "旅行",
        {"Luggage": ["Suitcase", "Backpack"], "Accessories": ["Neck Pillow", "Adapter"]},
        (49, 2499),
    ),
    (
        "Electronics",
        "tech",
        "数码",
        {"Audio": ["Earbuds", "Speaker"], "Wearables": ["Smartwatch", "Band"]},
        (99, 3999),
    ),
    (
        "Home",
        "home",
        "家居",
        {"Kitchen": ["Cookware", "Kettle"], "Bedding": ["Duvet", "Pillow"]},
        (39, 1599),
    ),
    (
        "Fashion",
        "fashion",
        "时尚",
        {"Women": ["Dress", "Coat"], "Men": ["Shirt", "Jacket"], "Bags": ["Tote"]},
        (79, 1999),
    ),
    (
        "Food",
        "food",
        "食品",
        {"Snacks": ["Nuts", "Chocolate"], "Drinks": ["Tea", "Coffee"]},
        (19, 399),
    ),
    (
        "Baby",
        "parenting",
        "母婴",
        {"Care": ["Diapers", "Wipes"], "Toys": ["Blocks", "Plush"]},
        (29, 899),
    ),
    (
        "Gaming",
        "gaming",
        "游戏",
        {"Consoles": ["Handheld"], "Accessories": ["Controller", "Headset"]},
        (99, 3599),
    ),
    (
        "Outdoor",
        "outdoor",
        "户外",
        {"Camping": ["Tent", "Sleeping Bag"], "Hiking": ["Hiking Boots", "Trekking Poles"]},
        (59, 2299),
    ),
    (
        "Luxury",
        "luxury",
        "奢品",
        {"Watches": ["Automatic Watch"], "Jewelry": ["Necklace", "Ring"]},
        (1999, 29999),
    ),
    (
        "Pets",
        "pets",
        "宠物",
        {"Food": ["Dog Food", "Cat Food"], "Supplies": ["Litter", "Pet Bed"]},
        (19, 699),
    ),
]
SKUS_PER_CATEGORY = 25
BRANDS = ["Aurora", "Lumi", "Nordic", "Jade", "Peak", "Vita", "Orchid", "Zen"]


def build_catalogue() -> dict[str, np.ndarray]:
    """Return the ~300-SKU catalogue as column arrays, deterministic (independent of the seed)."""
    rng = np.random.Generator(np.random.PCG64(20261101))
    sku, name, path, top, price = [], [], [], [], []
    for c, (cat, _interest, cn, subs, (lo, hi)) in enumerate(_CATALOGUE):
        leaves = [(s, leaf) for s, ls in subs.items() for leaf in ls]
        for k in range(SKUS_PER_CATEGORY):
            s, leaf = leaves[k % len(leaves)]
            sku.append(f"SKU-{c + 1:02d}{k + 1:03d}")
            brand = BRANDS[(c * 7 + k) % len(BRANDS)]
            name.append(f"{brand} {leaf} {cn}{k + 1:02d}")
            path.append(f"{cat}>{s}>{leaf}")
            top.append(c)
            p = np.exp(rng.uniform(np.log(lo), np.log(hi)))
            price.append(int(round(p)) * 100 - 100 + 99 if p > 20 else int(round(p * 100)))
    return {
        "sku": np.array(sku, dtype=object),
        "product_name": np.array(name, dtype=object),
        "category_path": np.array(path, dtype=object),
        "top": np.array(top, dtype=np.int64),
        "price_cents": np.array(price, dtype=np.int64),
    }


CATEGORY_INTEREST = [INTERESTS.index(c[1]) for c in _CATALOGUE]

SEARCH_QUERIES = {
    "beauty": ["精华", "口红", "serum"],
    "fitness": ["瑜伽垫", "跑鞋"],
    "travel": ["行李箱", "背包"],
    "tech": ["耳机", "smartwatch"],
    "home": ["锅具", "枕头"],
    "fashion": ["连衣裙", "外套"],
    "food": ["坚果", "咖啡"],
    "parenting": ["纸尿裤", "玩具"],
    "gaming": ["手柄", "掌机"],
    "outdoor": ["帐篷", "登山鞋"],
    "luxury": ["手表", "项链"],
    "pets": ["猫粮", "狗粮"],
}

POSITIVE_COMMENTS = [
    "很喜欢，质量很好！",
    "物流很快，好评",
    "Love it, great quality!",
    "超级好用，会回购",
    "Amazing service, thank you!",
    "包装精美，推荐",
]
NEGATIVE_COMMENTS = [
    "质量太差了，失望",
    "客服不回复，很生气",
    "Terrible quality, want a refund",
    "发货太慢了",
    "Worst purchase ever, broken on arrival",
    "和描述不符，差评",
]
NEUTRAL_COMMENTS = ["还行吧", "请问有优惠吗？", "When is the next sale?", "已收到", "OK"]

NICKNAMES = [
    "小太阳",
    "快乐每一天",
    "Sunny",
    "阿杰",
    "momo",
    "追风少年",
    "小鱼儿",
    "Lucky",
    "静待花开",
    "Amy",
    "浮生若梦",
    "Leo",
]
