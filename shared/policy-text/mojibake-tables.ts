// Character tables for detectDamagedText (mojibake.ts). Data, kept apart from the logic so each list can be
// reviewed on its own; tests/unit/mojibake-*.test.ts prove both lists against the policy's clean and damaged copies.

/**
 * Simplified/Traditional pairs, Simplified first: '国國医醫…'. Only characters that belong to one script
 * alone: pairs whose Simplified form is also a Traditional character with its own meaning (后 皇后, 里 鄰里,
 * 干 干支, 台 台端, 云 子曰詩云, 余 姓余, 范 姓范 …) or whose Traditional form is still written in Simplified
 * text (乾 乾隆, 於 姓於, 著 著作, 徵 宫商角徵羽 …) are left out, so a name or a quotation never trips the check.
 */
export const SIMPLIFIED_TRADITIONAL_PAIRS = [
  '国國医醫卫衛与與专專业業学學体體发發区區机機构構质質疗療务務导導设設计計规規产產资資护護处處药藥诊診断斷肿腫脑腦恶惡谢謝',
  '统統环環节節开開关關进進们們个個这這会會动動实實现現经經济濟员員联聯网網条條认認识識说說话話语語读讀书書号號岁歲师師级級',
  '两兩从從长長门門问問间間东東车車军軍农農见見视視亲親观觀觉覺头頭显顯题題类類爱愛让讓还還边邊过過达達运運选選远遠钱錢铁鐵',
  '银銀错錯镜鏡齐齊龙龍点點热熱无無为為灯燈营營劳勞举舉义義乐樂乡鄉艺藝兰蘭华華阳陽阴陰队隊际際陆陸虽雖鸡雞难難双雙电電灵靈',
  '韩韓风風飞飛饭飯馆館养養马馬验驗鱼魚鸟鳥麦麥黄黃齿齒颇頗临臨领領优優势勢织織库庫应應当當协協调調评評价價绩績责責权權团團',
  '带帶层層础礎检檢压壓脏臟创創费費财財筹籌项項标標线線备備综綜轮輪积積极極确確组組单單围圍绕繞链鏈尘塵杂雜维維纤纖变變态態',
  '随隨访訪稳穩续續扩擴录錄详詳细細贯貫彻徹战戰传傳荣榮誉譽归歸属屬兴興众眾获獲满滿县縣镇鎮',
].join('');

/**
 * Characters that UTF-8 Chinese turns into when it is read as GBK (医院 → 鍖婚櫌, 专科 → 涓撶), found by
 * decoding the guidance and the handbook that way and keeping what real text does not use. Left out on
 * purpose although they appear in such mojibake: characters of names and places (宸 楠 璐 淇 濮 浠 灞 绛 …),
 * common words (村 川 汉 自己 煎 舵 …) and Traditional characters (鏈 鎮 鍋 績 …).
 */
export const GBK_MOJIBAKE_CHARACTERS = [
  '绉涓鍖鍏鐥紝鎬搴鍔鐤浜尰撶澶殑笓烘屽鍙枟佸鍐缁鑲鍒戝浼鐦鍚拰鐨鑳鎸閲寮偪彂勫瀹屾梾栫璁嶅鏂鐢鍜楁鎵呯',
  '忓鍩鏀傚簥鍗佹鑴寤鏋岀満鏍戠姟鎶绠佺呭杩壒寲鍛戣柧姏褰粬勭屼鏁鎭鎴嗗囩兘闈夊鐗鍥瀯鐩垎瓑悊仴楂冭勬瀵',
  '綋嶇鎺戞瘖绾鏃栧熷夋埗紡鐞炵鏉闄佷嬪勪闂伓櫌岃鍦鍑鑰綔悎効敓涔寚妧鐜唴鐐墠惛鍎嫨涘卞閮紭堝堜棰瑙垝夌',
  '嬫槫湰繘竴绁涚噺嶆垱纭湁婄鍘戜氬尯鏄叏牳睍绔曞熀呮呬勮憳棁偤崼佽柊悇眰犲珮畨冩娍儴鍨姸爣樿叆囦鎻愬樼',
  '寔偣',
].join('');

/** Mojibake of Chinese punctuation and of U+FFFD: one alone is enough (，→ 锛 、。→ 銆 “” → 鈥 � → 锟斤拷). */
export const GBK_MOJIBAKE_PUNCTUATION = '锛銆鈥锟';
