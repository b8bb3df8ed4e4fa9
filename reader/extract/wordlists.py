"""Bundled word lists: places, organizations, titles, names, products."""

from __future__ import annotations

# country: (aliases, demonyms)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "United States": (("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
                      ("American", "Americans")),
    "China": (("People's Republic of China", "PRC"), ("Chinese",)),
    "South Korea": (("Republic of Korea",), ("South Korean", "South Koreans", "Korean")),
    "North Korea": ((), ("North Korean",)),
    "Japan": ((), ("Japanese",)), "Taiwan": ((), ("Taiwanese",)),
    "India": ((), ("Indian", "Indians")), "Pakistan": ((), ("Pakistani",)),
    "Russia": ((), ("Russian", "Russians")), "Ukraine": ((), ("Ukrainian", "Ukrainians")),
    "United Kingdom": (("U.K.", "UK", "Britain", "Great Britain"), ("British", "Briton")),
    "France": ((), ("French",)), "Germany": ((), ("German", "Germans")),
    "Italy": ((), ("Italian",)), "Spain": ((), ("Spanish",)), "Portugal": ((), ("Portuguese",)),
    "Netherlands": (("Holland",), ("Dutch",)), "Belgium": ((), ("Belgian",)),
    "Switzerland": ((), ("Swiss",)), "Austria": ((), ("Austrian",)),
    "Sweden": ((), ("Swedish",)), "Norway": ((), ("Norwegian",)), "Denmark": ((), ("Danish",)),
    "Finland": ((), ("Finnish",)), "Iceland": ((), ("Icelandic",)), "Poland": ((), ("Polish",)),
    "Greece": ((), ("Greek",)), "Turkey": (("Türkiye",), ("Turkish",)),
    "Ireland": ((), ("Irish",)), "Czech Republic": (("Czechia",), ("Czech",)),
    "Hungary": ((), ("Hungarian",)), "Romania": ((), ("Romanian",)),
    "Canada": ((), ("Canadian", "Canadians")), "Mexico": ((), ("Mexican", "Mexicans")),
    "Brazil": ((), ("Brazilian",)), "Argentina": ((), ("Argentine", "Argentinian")),
    "Chile": ((), ("Chilean",)), "Peru": ((), ("Peruvian",)), "Colombia": ((), ("Colombian",)),
    "Venezuela": ((), ("Venezuelan",)), "Cuba": ((), ("Cuban",)),
    "Australia": ((), ("Australian", "Australians")), "New Zealand": ((), ("New Zealander",)),
    "Indonesia": ((), ("Indonesian",)), "Vietnam": ((), ("Vietnamese",)),
    "Thailand": ((), ("Thai",)), "Malaysia": ((), ("Malaysian",)),
    "Singapore": ((), ("Singaporean",)), "Philippines": ((), ("Philippine", "Filipino")),
    "Israel": ((), ("Israeli", "Israelis")), "Jordan": ((), ("Jordanian", "Jordanians")),
    "Palestine": (("Palestinian territories",), ("Palestinian", "Palestinians")),
    "Iran": ((), ("Iranian",)), "Iraq": ((), ("Iraqi",)),
    "Syria": ((), ("Syrian",)), "Saudi Arabia": ((), ("Saudi",)), "Egypt": ((), ("Egyptian",)),
    "Qatar": ((), ("Qatari",)), "United Arab Emirates": (("UAE",), ("Emirati",)),
    "South Africa": ((), ("South African",)), "Nigeria": ((), ("Nigerian",)),
    "Kenya": ((), ("Kenyan", "Kenyans")), "Ethiopia": ((), ("Ethiopian",)),
    "Ghana": ((), ("Ghanaian",)), "Morocco": ((), ("Moroccan",)), "Algeria": ((), ("Algerian",)),
    "Afghanistan": ((), ("Afghan",)), "Bangladesh": ((), ("Bangladeshi",)),
    "Sri Lanka": ((), ("Sri Lankan",)), "Nepal": ((), ("Nepali",)),
}
CITIES = (
    "Washington", "Beijing", "Shanghai", "Hong Kong", "Shenzhen", "Tokyo", "Osaka", "Seoul",
    "Busan", "Pyongyang", "Taipei", "New Delhi", "Delhi", "Mumbai", "Moscow", "Kyiv", "London",
    "Paris", "Berlin", "Munich", "Frankfurt", "Rome", "Milan", "Madrid", "Barcelona", "Lisbon",
    "Amsterdam", "Rotterdam", "Brussels", "Geneva", "Zurich", "Vienna", "Stockholm", "Oslo",
    "Copenhagen", "Helsinki", "Warsaw", "Athens", "Istanbul", "Ankara", "Dublin", "Prague",
    "Budapest", "Ottawa", "Toronto", "Montreal", "Vancouver", "Mexico City", "New York",
    "Los Angeles", "Chicago", "Houston", "San Francisco", "Seattle", "Boston", "Miami",
    "Atlanta", "Detroit", "Brasilia", "Sao Paulo", "Rio de Janeiro", "Buenos Aires",
    "Santiago", "Lima", "Bogota", "Sydney", "Melbourne", "Canberra", "Auckland", "Jakarta",
    "Hanoi", "Bangkok", "Kuala Lumpur", "Manila", "Jerusalem", "Tel Aviv", "Tehran", "Baghdad",
    "Riyadh", "Cairo", "Doha", "Dubai", "Abu Dhabi", "Johannesburg", "Cape Town", "Lagos",
    "Nairobi", "Addis Ababa", "Accra", "Kabul", "Islamabad", "Dhaka", "Gimhae", "Davos",
    "Silicon Valley", "Wall Street", "Washington, DC",
)
# Party words: "Republican Phil Bryant" is Phil Bryant; "the Republican Governors Association"
# is never "Republican" for short.
PARTISANS = frozenset("Republican Democratic Democrat Conservative Liberal Labour Socialist "
                      "Communist Green".split())
COUNTRY_CODES = frozenset("US U.S. UK U.K. EU".split())
CITY_ALIASES = {"Washington, DC": ("Washington, D.C.", "Washington DC", "Washington D.C."),
                "New York": ("NYC",)}
REGIONS = (
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Americas",
    "Middle East", "Southeast Asia", "East Asia", "Pacific", "Arctic", "Antarctica",
    "Gulf", "Balkans", "Caribbean", "Scandinavia", "Siberia", "Gaza", "West Bank", "Crimea",
    "Donbas", "Kashmir", "Tibet", "Xinjiang", "California", "Texas", "Florida", "Alaska",
    "Arizona", "Nevada", "Ohio", "Michigan", "Georgia", "Virginia", "Pennsylvania",
    "Illinois", "Washington State", "Oregon", "Colorado", "Utah", "Iowa", "Kansas",
    "Nebraska", "Minnesota", "Wisconsin", "Louisiana", "Hawaii", "New Jersey",
    "North Carolina", "South Carolina", "Tennessee", "Kentucky", "Alabama", "Missouri",
    "Bavaria", "Scotland", "Wales", "England", "Ontario", "Quebec", "Sahara", "Amazon rainforest",
    "Mediterranean", "Atlantic", "Baltic", "North Sea", "Red Sea", "South China Sea",
    "District of Columbia",
    # Planets, as space stories name them ("life on Earth", "orbiting Jupiter")
    "Earth", "Mars", "Jupiter", "Saturn", "Neptune", "Uranus", "Pluto", "Venus",
)
KNOWN_ORGS: dict[str, tuple[str, ...]] = {
    "Pentagon": (), "Kremlin": (), "Congress": (), "Senate": (),
    "Federal Reserve": ("the Fed",), "United Nations": ("UN", "U.N."),
    "European Union": ("EU", "E.U."), "NATO": (), "International Monetary Fund": ("IMF",),
    "World Bank": (), "OPEC": (),
    "World Trade Organization": ("WTO",), "European Commission": (),
    "European Central Bank": ("ECB",), "Supreme Court": (), "Parliament": (),
    "Associated Press": ("AP",), "CNN": (), "NPR": (), "Fox News": (), "New York Times": (),
    "Washington Post": (),
    "Wall Street Journal": (), "Financial Times": (), "Xinhua": (), "Al Jazeera": (),
    "Islamic State": ("ISIS", "ISIL"), "Hamas": (), "Hezbollah": (), "al-Qaeda": (),
    "Boko Haram": (), "al-Shabab": (),
    "NASA": (), "FBI": (), "CIA": (), "FDA": (), "CDC": (), "EPA": (), "SEC": (),
    # Companies named after people, which no first name should make persons
    "Goldman Sachs": (), "Morgan Stanley": (), "Wells Fargo": (), "Charles Schwab": (),
    "Merrill Lynch": (), "Lehman Brothers": (), "Johnson & Johnson": (), "Procter & Gamble": (),
    "Ford Motor": (), "General Motors": (), "Berkshire Hathaway": (),
    "Google": (), "Apple": (), "Microsoft": (), "Amazon.com": ("Amazon",), "Meta": (), "Tesla": (),
    "Samsung": (), "Toyota": (), "Boeing": (), "Airbus": (), "COFCO": (),
    "Huawei": (), "TikTok": (), "OpenAI": (), "Intel": (), "Shell": (), "BP": (),
    "APEC": (), "G7": (), "G20": (), "Red Cross": (),
    # The platforms stories quote and the agencies and broadcasters they credit.
    "Facebook": (), "Instagram": (), "YouTube": (), "Twitter": (), "WhatsApp": (),
    "Telegram": (), "Weibo": (), "WeChat": (), "Reddit": (), "LinkedIn": (), "Snapchat": (),
    "Agence France-Presse": ("AFP",), "Getty Images": (), "USA Today": (), "CBS News": (),
    "NBC News": (), "ABC News": (), "Sky News": (),
    # News agencies, broadcasters, studios, streamers and the largest technology
    # companies: named in every kind of story, often once and with no cue.
    "Netflix": (), "Hulu": (), "HBO": (),
    "Disney": (), "Paramount": (), "Warner Bros.": (), "Universal Music Group": (),
    "Universal Pictures": (), "Sony": (), "Spotify": (), "Tumblr": (), "Pinterest": (),
    "Twitch": (), "Pixar": (), "Lionsgate": (), "MGM": (), "Comcast": (),
    "NBCUniversal": (), "ViacomCBS": (), "Alibaba": (), "Tencent": (), "Baidu": (),
    "SoftBank": (), "IBM": (), "Uber": (), "Lyft": (), "Airbnb": (),
    "PayPal": (), "eBay": (), "Yahoo": (), "Qualcomm": (), "Nintendo": (), "Xiaomi": (),
    "Lenovo": (), "ByteDance": (), "Cisco": (), "Walmart": (), "Costco": (),
    # A nation's forces, capitalised mid-sentence ("a career Army officer")
    "Army": (), "Navy": (), "Air Force": (), "Marine Corps": (), "Coast Guard": (),
}
# The AP's abbreviations of the states ("Monroe, La."), never "Ind." or "Miss." alone
AP_STATE = (r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|"
              r"Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|"
              r"Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.(?=[\s,;)]|$)")
# ... and the postal codes of the states and provinces ("West Palm Beach, FL")
POSTAL = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
          r"|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
          r"|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)(?![\w&'’-])(?!\.\w)")
STATE = rf"(?:{AP_STATE}|{POSTAL})"
# The states of the United States: "Ohio State" and "Michigan State" are universities.
US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma
Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming""".split()) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}
# Adjectives of regions, as the countries above have theirs.
REGION_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "Asia": ("Asian",), "Europe": ("European",), "Africa": ("African",),
    "Latin America": ("Latin American",), "Middle East": ("Middle Eastern",),
    "North America": ("North American",), "South America": ("South American",),
    "Scandinavia": ("Scandinavian",), "Caribbean": (), "Balkans": ("Balkan",),
}
# A capitalised name with one of these words in it is an organization.
ORG_WORDS = frozenset("""
Ministry Department Agency Administration Bureau Office Commission Committee Council
Authority Board Service Institute Institution University College School Academy Bank
Fund Foundation Association Federation Union League Party Court Corporation Corp Corp.
Inc Inc. Ltd Ltd. LLC PLC Group Company Co. Holdings Industries Motors Airlines Energy
Laboratories Labs Systems Technologies Partners Capital Trust Times Post Journal News
Network Television Radio Press Herald Tribune Chronicle Gazette Observer Examiner Inquirer
Courier Dispatch Telegraph Reporter Club Team Force Army Navy Police Parliament
Congress Senate Assembly Organization Organisation Alliance Coalition Exchange Hospital
Observatory Museum Orchestra Society Centre Center Reserve Treasury Church
FC AFC United Airline Airways House Electronics Pharmaceuticals Therapeutics Semiconductor
Telecom Communications Media Entertainment Studios Pictures Records Brands Resources Mining
Petroleum Chemicals Steel Insurance Bancorp Securities Ventures Solutions Software Embassy
Consulate International Watch Operations Business Productions Films Healthcare Publishing
Utilities Project Analytics Consulting Advisors Advisers Associates Logistics Research
Construction Engineering Manufacturing Properties Realty Foods Farms Pharma Shipping Brewing
Tech Animation Robotics Aerospace Services Protection Power Courant Books Shelter
""".split())
TITLES = frozenset("""
President Vice Prime Minister Secretary Chancellor Senator Sen. Sens. Rep. Reps. Representative
Governor Gov. Mayor Ambassador General Gen. Admiral Colonel Col. Captain Capt. Chief
Director Chairman Chairwoman Chair CEO Chief Executive Professor Prof. Dr. Mr. Mrs. Ms.
Miss Sir Dame Lord Lady King Queen Prince Princess Pope Judge Justice Commissioner
Spokesman Spokeswoman Spokesperson Minister Premier Coach Manager Inspector Detective
Officer Sergeant Lieutenant Deputy Speaker Leader Founder Analyst Economist Attorney Ombudsman
Superintendent Treasurer Comptroller Auditor Councilman Councilwoman Alderman Sheriff Provost
Rabbi Rev. Reverend Archbishop Imam Trustee Head Administrator COO CFO CTO CMO CIO
Sheriff Lt. Sgt. Det.
""".split())
GIVEN_NAMES = frozenset("""
Donald Joe Kamala Barack Hillary Bill George Ronald Jimmy Richard John James Robert
Michael William David Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Paul Steven Andrew Kenneth Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank
Gregory Alexander Patrick Jack Dennis Jerry Tyler Aaron Henry Peter Adam Nathan Zachary
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah
Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda
Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet
Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren
Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann
Brooke Marco Rubio Elon Jerome Janet Antonio Emmanuel Olaf Friedrich Ursula Giorgia
Keir Rishi Boris Theresa Angela Vladimir Volodymyr Xi Li Wang Zhang Liu Chen Yang
Narendra Shinzo Fumio Shigeru Lee Yoon Moon Kim Recep Benjamin Mohammed Muhammad Ali
Ahmed Fatima Omar Hassan Luiz Javier Carlos Juan Jose Luis Jorge Pedro Ana Sofia Lucia
Isabel Elena Marta Pablo Diego Miguel Alejandro Hans Klaus Jurgen Wolfgang Angelika
Lars Erik Ingrid Astrid Sven Nils Anders Ole Pierre Jean Marie Sophie Camille Louis
Francois Sergei Dmitry Ivan Olga Natasha Yuki Hiroshi Takashi Akira Haruto Mei Wei Jing
Ravi Priya Arjun Amit Sunita Raj Kwame Amara Chidi Ngozi Tom Tim Sam Ben Dan Max Leo
Noah Liam Ethan Mason Lucas Oliver Amelia Ava Mia Harper Chloe Grace Zoe Nora Lily Ella
Ingrid Greta Jonas Tobias Felix Paula Clara Rosa Marta Teresa Alice Claire Julia Irene
""".split())
PRODUCTS = (
    "soybeans", "soybean", "wheat", "corn", "maize", "rice", "barley", "coffee", "cocoa",
    "sugar", "cotton", "beef", "pork", "poultry", "dairy", "milk", "crude oil", "oil",
    "natural gas", "petrol", "gasoline", "diesel", "coal", "uranium", "copper", "gold",
    "silver", "iron ore", "steel", "aluminium", "aluminum", "lithium", "nickel", "cobalt",
    "rare earths", "semiconductors", "chips", "fentanyl", "synthetic opioid",
    "synthetic opioids", "opioid", "opioids", "vaccine", "vaccines",
    "insulin", "antibiotics", "farm products", "agricultural products", "electric vehicles",
    "solar panels", "batteries", "smartphones", "fertilizer", "fertiliser", "timber",
    "palm oil", "lumber", "cattle", "fish", "salmon", "tea", "wine", "beer", "tobacco",
    "cigarettes", "cocaine", "heroin", "hydrogen", "ammonia", "methane", "plastic",
    # Drugs and medicines, named in health and crime stories without a cue
    "cannabis", "marijuana", "methamphetamine", "meth", "crack cocaine", "MDMA", "LSD",
    "ketamine", "opium", "morphine", "oxycodone", "tramadol", "codeine", "naloxone",
    "psilocybin", "hashish", "amphetamines", "e-cigarettes", "painkillers", "antidepressants",
    "aspirin", "ibuprofen", "paracetamol", "acetaminophen", "penicillin",
)
# Capitalised words that start sentences or headlines but name nothing.
NOT_NAMES = frozenset("""
The A An And But Or If In On At Of For To From By With Without As After Before During
Since While When Where Why How What Who Which This That These Those There Here Then
It Its He She They We You I Our Their His Her My Your Some Many Most More Much Few All
Any Each Every Both Either Neither No Not Nor So Yet Also Still Even Just Only However
Meanwhile Moreover Although Though Because Despite According Under Over Between Among
Into Through About Against Across Around Beyond Within Former Current Now Today Tomorrow
Yesterday Last Next New Early Late Officials Analysts Experts Critics Supporters Sources
Residents Workers Farmers Investors Shares Prices Markets Talks Plans Secretary Minister
President Chief Director Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday
Sunday January February March April May June July August September October November
December Great Good Big Such Other Another Several Please Let Once Twice Overall Asked
Speaking Read See Watch Sign Follow Share Photo Image Video Reporting Editing Writing
Others Someone Everyone Nobody
""".split())

# Names that are also ordinary words ("fine china", "frozen turkey", "an apple a
# day", "a shell of", "a widening gulf"): found only capitalised mid-sentence,
# and then matched only as written.
ORDINARY_WORDS = frozenset("""china turkey chad jordan georgia gulf shell apple amazon meta
guinea niger pacific atlantic arctic sahara amazon.com earth mars venus pluto mercury
saturn army navy""".split()) | {"air force", "marine corps", "coast guard"}
