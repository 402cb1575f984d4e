import type { UnitCode } from '@kefu/domain/org';
import type { RequesterKind } from '@kefu/domain/shared';
import type { PeerDepartment, RepairCategory, Severity, TicketKind } from '@kefu/domain/tickets';

/**
 * One realistic request of the building-materials market. `{shop}`, `{unit}` and `{trade}` are
 * filled with the shop concerned: the requester's own for merchants and owners, a shop the
 * shopper bought from for customers.
 */
export type DemoTicketTemplate = {
  kind: TicketKind;
  from: readonly RequesterKind[];
  /** The queue that takes it. */
  unit: UnitCode;
  title: string;
  description: string;
  /** Defaults to the shop unit. */
  location?: string;
  /** 信息传达: the peer department that does the work while customer service tracks it. */
  relayTo?: PeerDepartment;
  repairCategory?: RepairCategory;
  /** Complaints: the unit it is about (被投诉部门), recorded when staff take it down. */
  aboutUnit?: UnitCode;
  /** Weights for minor / important / major; the kind's default when omitted. */
  severity?: readonly (readonly [Severity, number])[];
  resolution: string;
};

const ANY: readonly RequesterKind[] = ['merchant', 'customer', 'owner'];
const SHOPPER: readonly RequesterKind[] = ['customer'];
const TENANT: readonly RequesterKind[] = ['merchant'];
const PREMISES: readonly RequesterKind[] = ['merchant', 'owner'];

const MOSTLY_MINOR = [['minor', 85], ['important', 15]] as const;
const COMPLAINT = [['minor', 55], ['important', 35], ['major', 10]] as const;
const SAFETY = [['minor', 20], ['important', 55], ['major', 25]] as const;

export const DEMO_TICKET_TEMPLATES: readonly DemoTicketTemplate[] = [
  // 投诉 complaints
  {
    kind: 'complaint', from: SHOPPER, unit: 'floor_service', severity: COMPLAINT,
    title: '{shop}销售人员服务态度差',
    description: '顾客反映在{unit}{shop}咨询{trade}价格时,店员态度冷淡、不耐烦,问多了还出言不逊,要求商场处理。',
    resolution: '已约见商户负责人,店员当面向顾客道歉;商户承诺加强店员服务培训,顾客表示接受。',
  },
  {
    kind: 'complaint', from: SHOPPER, unit: 'floor_service', severity: COMPLAINT,
    title: '{shop}实际送货{trade}与样品不一致',
    description: '顾客在{shop}订购的{trade}送货到家后发现花色、型号与店内样品不一致,商户拖延不予更换。',
    resolution: '经卖场客服协调,商户确认发错批次,已重新送货并承担往返运费。',
  },
  {
    kind: 'complaint', from: SHOPPER, unit: 'floor_service', severity: COMPLAINT,
    title: '{shop}承诺的优惠未兑现',
    description: '顾客称参加商场促销活动时{shop}承诺满额赠送配件,付款后商户以活动已结束为由拒绝赠送。',
    resolution: '核对促销登记记录,活动期内购买属实,已督促商户补发赠品并向顾客致歉。',
  },
  {
    kind: 'complaint', from: SHOPPER, unit: 'floor_service', severity: [['important', 60], ['major', 40]],
    title: '{shop}安装的{trade}出现质量问题,顾客情绪激动',
    description: '顾客来访称{shop}安装不到一个月的{trade}出现开裂,多次联系商户无果,情绪激动,扬言向媒体反映。已请至接待室安抚。',
    resolution: '经理出面接待,联合商户与厂家上门检测,确认为产品质量问题,商户全额更换并赔偿误工费用。',
  },
  {
    kind: 'complaint', from: SHOPPER, unit: 'shuttle_team', aboutUnit: 'shuttle_team', severity: [['minor', 70], ['important', 30]],
    title: '导购车未按时发车',
    description: '顾客在东门导购车站点等候二十多分钟未见车辆,值班人员也未说明原因。',
    location: '东门导购车站点',
    resolution: '核实为车辆临时充电未安排替补,已调整排班并在站点张贴发车时刻表,向顾客致歉。',
  },
  {
    kind: 'complaint', from: SHOPPER, unit: 'shuttle_team', aboutUnit: 'shuttle_team', severity: [['minor', 60], ['important', 40]],
    title: '导购车司机驾驶过快',
    description: '顾客反映导购车在B区通道行驶速度过快,转弯时险些碰到行人。',
    location: 'B区主通道',
    resolution: '已对当班导购员进行安全驾驶教育并记录考核,车队长加强日常巡查。',
  },
  {
    kind: 'complaint', from: TENANT, unit: 'merchant_service', severity: COMPLAINT,
    title: '商场空调温度过高影响经营',
    description: '{shop}反映近日{unit}所在区域中央空调制冷效果差,店内温度过高,顾客停留时间短。',
    relayTo: 'property',
    resolution: '物业部检修该区域空调机组并更换滤网,复测温度恢复正常。',
  },
  {
    kind: 'complaint', from: TENANT, unit: 'merchant_service', severity: COMPLAINT,
    title: '邻铺占用公共通道堆放货物',
    description: '{shop}投诉相邻商铺长期在公共通道堆放样品和纸箱,影响顾客通行和消防安全。',
    resolution: '卖场经理现场督促邻铺清理通道,纳入日常巡查。',
  },
  {
    kind: 'complaint', from: ANY, unit: 'merchant_service', severity: COMPLAINT,
    title: '停车场收费不合理',
    description: '反映在商场停车场停车不足两小时却按全天收费,收费员未出示收费标准。',
    location: '地下停车场',
    relayTo: 'property',
    resolution: '物业部核实为收费员操作失误,已退还多收费用,收费亭公示收费标准。',
  },
  // 报修 repairs
  {
    kind: 'repair', from: PREMISES, unit: 'merchant_service', repairCategory: 'leak', relayTo: 'engineering', severity: MOSTLY_MINOR,
    title: '{unit}店铺顶棚漏水',
    description: '昨夜下雨后{unit}店铺顶棚渗水,已滴落到展品上,请尽快安排维修。',
    resolution: '工程部更换破损防水层并做闭水试验,无渗漏。',
  },
  {
    kind: 'repair', from: PREMISES, unit: 'merchant_service', repairCategory: 'leak', relayTo: 'engineering', severity: MOSTLY_MINOR,
    title: '卫浴展区给水管接口渗水',
    description: '{shop}展示用的给水管接口渗水,地面积水,担心影响楼下商铺。',
    resolution: '更换接口密封件并试水,已无渗漏。',
  },
  {
    kind: 'repair', from: PREMISES, unit: 'merchant_service', repairCategory: 'safety', relayTo: 'engineering', severity: SAFETY,
    title: '{unit}配电箱跳闸并有焦糊味',
    description: '{unit}店内配电箱频繁跳闸,今天闻到焦糊味,担心有安全隐患。',
    resolution: '工程部更换老化断路器及线缆,检测绝缘合格,恢复供电。',
  },
  {
    kind: 'repair', from: ANY, unit: 'merchant_service', repairCategory: 'safety', relayTo: 'engineering', severity: SAFETY,
    title: '扶梯异响急停',
    description: 'C区扶梯运行中异响并突然停止,有顾客受惊,请立即检修。',
    location: 'C区自动扶梯',
    resolution: '维保单位更换驱动链条并完成安全检测,扶梯恢复运行。',
  },
  {
    kind: 'repair', from: PREMISES, unit: 'merchant_service', repairCategory: 'safety', relayTo: 'engineering', severity: SAFETY,
    title: '消防应急灯不亮',
    description: '{unit}附近的消防应急照明灯和疏散指示灯不亮。',
    resolution: '已更换应急灯电池和指示灯模块,测试正常。',
  },
  {
    kind: 'repair', from: PREMISES, unit: 'merchant_service', repairCategory: 'other', severity: MOSTLY_MINOR,
    title: '{unit}卷帘门卡住无法完全拉起',
    description: '{shop}卷帘门拉到一半卡住,早上开门营业受影响。',
    relayTo: 'engineering',
    resolution: '维修工上门调整卷帘门导轨并润滑,开关正常。',
  },
  {
    kind: 'repair', from: PREMISES, unit: 'merchant_service', repairCategory: 'other', severity: MOSTLY_MINOR,
    title: '店铺照明灯管损坏',
    description: '{unit}店铺吊顶内两组灯管不亮,影响展品效果。',
    resolution: '已更换灯管及镇流器。',
  },
  {
    kind: 'repair', from: ANY, unit: 'floor_service', repairCategory: 'other', severity: MOSTLY_MINOR,
    title: '公共卫生间水龙头损坏',
    description: 'B区二楼公共卫生间洗手台水龙头松动,关不紧。',
    location: 'B区二楼公共卫生间',
    relayTo: 'engineering',
    resolution: '已更换水龙头。',
  },
  // 咨询 consultations
  {
    kind: 'consultation', from: SHOPPER, unit: 'floor_service',
    title: '咨询{trade}品牌及所在位置',
    description: '顾客准备装修新房,想了解商场内有哪些{trade}品牌、分别在几号馆。',
    resolution: '已向顾客介绍相关品牌及位置,并提供卖场导购图。',
  },
  {
    kind: 'consultation', from: SHOPPER, unit: 'floor_service',
    title: '咨询本月促销活动',
    description: '顾客询问本月商场有哪些促销活动、满减规则及赠品领取地点。',
    resolution: '已介绍活动规则,告知赠品在服务大厅凭小票领取。',
  },
  {
    kind: 'consultation', from: ANY, unit: 'merchant_service',
    title: '咨询商铺招租',
    description: '咨询商场空置商铺位置、面积、租金及招商政策。',
    relayTo: 'leasing',
    resolution: '招商部已联系来电人,约定现场看铺时间。',
  },
  {
    kind: 'consultation', from: TENANT, unit: 'merchant_service',
    title: '咨询商户营业时间调整',
    description: '{shop}询问节假日期间商场营业时间是否延长,商户是否可以提前进场布展。',
    resolution: '已告知节假日营业时间及进场布展登记流程。',
  },
  {
    kind: 'consultation', from: SHOPPER, unit: 'floor_service',
    title: '咨询保险卡服务',
    description: '顾客询问在商场购买的{trade}如何办理服务保险卡,保修期多长。',
    resolution: '已说明保险卡办理流程及保修范围,顾客在服务大厅现场办理。',
  },
  // 服务申请 service requests
  {
    kind: 'service_request', from: TENANT, unit: 'merchant_service',
    title: '申请周末延时营业',
    description: '{shop}本周六有团购活动,申请当晚延时营业至21:00。',
    relayTo: 'property',
    resolution: '已批准延时营业,物业部安排照明及保安值守。',
  },
  {
    kind: 'service_request', from: TENANT, unit: 'merchant_service',
    title: '申请在中庭摆放促销展台',
    description: '{shop}申请下周末在中庭摆放促销展台两天。',
    relayTo: 'marketing',
    resolution: '市场部已核准展位并登记促销活动,提醒商户按规定布置。',
  },
  {
    kind: 'service_request', from: TENANT, unit: 'merchant_service',
    title: '申请更换店招灯箱广告',
    description: '{shop}品牌升级,申请更换{unit}店招及门口灯箱广告画面。',
    relayTo: 'advertising',
    resolution: '广告部已审核画面并安排夜间施工更换。',
  },
  {
    kind: 'service_request', from: PREMISES, unit: 'merchant_service',
    title: '申请开具商户经营证明',
    description: '{shop}办理银行贷款需要商场开具经营场所证明。',
    resolution: '档案文员核对商户档案后已开具证明并登记。',
  },
  {
    kind: 'service_request', from: SHOPPER, unit: 'shuttle_team',
    title: '申请导购车接送老人看样',
    description: '顾客带行动不便的老人来选购家具,申请导购车从停车场接送至D区。',
    location: '地下停车场电梯口',
    resolution: '已安排导购车专程接送并全程导购。',
  },
  // 退换货 returns and exchanges
  {
    kind: 'return_exchange', from: SHOPPER, unit: 'floor_service',
    title: '{trade}尺寸不符申请退货',
    description: '顾客在{shop}购买的{trade}尺寸与家中不符,未拆封,商户不同意退货。',
    resolution: '卖场客服全程协调,商户同意扣除少量手续费后退货。',
  },
  {
    kind: 'return_exchange', from: SHOPPER, unit: 'floor_service', severity: [['minor', 70], ['important', 30]],
    title: '{trade}有色差申请换货',
    description: '顾客反映{shop}送到的{trade}与第一批有明显色差,要求整批更换。',
    resolution: '商户同意换货,新批次已送达并经顾客确认。',
  },
  {
    kind: 'return_exchange', from: SHOPPER, unit: 'floor_service',
    title: '五金配件型号错误申请换货',
    description: '顾客在{shop}购买的配件型号不对,安装师傅无法安装,要求换货。',
    resolution: '已陪同顾客到店完成换货。',
  },
  // 物流配送需求 → 物流部
  {
    kind: 'logistics', from: ANY, unit: 'merchant_service', relayTo: 'logistics',
    title: '预约{trade}送货上门',
    description: '在{shop}购买的{trade}需要送货上门,希望周末上午送达,小区有电梯。',
    resolution: '物流部已按约定时间送货到家,顾客签收。',
  },
  {
    kind: 'logistics', from: SHOPPER, unit: 'merchant_service', relayTo: 'logistics',
    title: '送货延误查询',
    description: '顾客称约定昨天送达的{trade}至今未到,电话联系不上送货司机。',
    resolution: '物流部查明车辆调度延误,已于当日补送并致歉。',
  },
  {
    kind: 'logistics', from: TENANT, unit: 'merchant_service', relayTo: 'logistics',
    title: '商户大件货物卸货预约',
    description: '{shop}有一车大件货物明早到场,需要预约卸货区和叉车。',
    resolution: '物流部已安排卸货区及叉车。',
  },
  // 技术服务需求 → 技术部
  {
    kind: 'technical', from: SHOPPER, unit: 'merchant_service', relayTo: 'technical',
    title: '{trade}上门测量',
    description: '顾客在{shop}订购{trade},需要技术人员上门测量尺寸。',
    resolution: '技术部已上门测量并将数据交商户下单。',
  },
  {
    kind: 'technical', from: SHOPPER, unit: 'merchant_service', relayTo: 'technical',
    title: '{trade}安装指导',
    description: '顾客购买的{trade}由自家师傅安装,遇到问题,请求技术指导。',
    resolution: '技术部电话指导并上门复核,安装完成。',
  },
  {
    kind: 'technical', from: TENANT, unit: 'merchant_service', relayTo: 'technical',
    title: '店内网络及收银系统故障',
    description: '{shop}店内网络中断,收银系统无法刷卡。',
    resolution: '技术部更换交换机端口,网络恢复。',
  },
  // 建议 suggestions
  {
    kind: 'suggestion', from: ANY, unit: 'floor_service',
    title: '建议增加休息座椅',
    description: '商场面积大,逛一圈很累,建议在各馆通道增加休息座椅和饮水点。',
    resolution: '已转市场部评估,首批在A、B区增设休息座椅。',
  },
  {
    kind: 'suggestion', from: ANY, unit: 'floor_service',
    title: '建议完善卖场指示标识',
    description: '卖场分区指示不清,找{trade}区域绕了很久,建议增加楼层导视图。',
    resolution: '已在主要出入口和电梯口增设导视图。',
  },
  {
    kind: 'suggestion', from: TENANT, unit: 'merchant_service',
    title: '建议增加周末导购车班次',
    description: '{shop}反映周末客流大,导购车排队时间长,建议增加周末班次。',
    resolution: '车队已调整排班,周末高峰增加两个班次。',
  },
  {
    kind: 'suggestion', from: PREMISES, unit: 'merchant_service',
    title: '建议开通线上报修',
    description: '建议商场开通线上报修和进度查询,不用每次跑服务大厅。',
    resolution: '感谢建议,商户服务门户已开通线上报修及进度查询。',
  },
];
