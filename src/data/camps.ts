import type { Camp } from './camps.types';

/**
 * The camps of the debate, one row each in the camp table (`<CampTable />`) and the map
 * on the overview (`<CampMap />`). Camps A–E come from the "Performance Plateau" topic
 * page; the stakeholders from "Scaling Law is dead, long live Scaling Law"; the last two
 * are the authors of the two limits papers. `support` is this site's reading of how far
 * the primary sources bear each camp out, not the camp's own confidence.
 * Ids are permanent: rows answer to `#camp-<id>` and claims cite them in `camp="..."`.
 */
export const CAMPS: readonly Camp[] = [
  {
    id: 'plateau-real',
    name: {
      en: 'A · The pre-training plateau is real',
      'zh-Hans': 'A 派 · 预训练确已进入平台期',
    },
    members: {
      en: 'Winston Weinberg (Harvey); the AI Vibe Check panel; Jack Morris',
      'zh-Hans': 'Winston Weinberg（Harvey）；AI Vibe Check 播客嘉宾；Jack Morris',
    },
    stance: 'slowing',
    pretraining: {
      en: 'Feeding in more data now pays less and less; a model’s memorisation capacity levels off however much it is trained.',
      'zh-Hans': '继续加数据，回报越来越小；模型能记住的信息量有上限，训练再多也会封顶。',
    },
    nextGains: {
      en: 'Sample efficiency, RL on tasks of moderate difficulty, and better use of the models that already exist.',
      'zh-Hans': '提高样本效率、在难度适中的任务上做强化学习，以及把现有模型真正用起来。',
    },
    evidence: {
      en: 'The panel’s diminishing-returns observation (reported as a paraphrase); Morris et al. measure about 3.6 bits of memorised information per parameter.',
      'zh-Hans': '嘉宾对收益递减的观察（原文为转述）；Morris 等测得每个参数约能记住 3.6 比特信息。',
    },
    interest: {
      en: 'Harvey builds on top of models: its limit is adoption by lawyers, not the next model release.',
      'zh-Hans': 'Harvey 是应用层公司，卡住它的是律师们用不用，而不是下一代模型何时发布。',
    },
    representativeClaim: 'pp-vibecheck-sample-eff',
    support: 'mixed',
    supportNote: {
      en: 'Slowing pre-training returns fit the published power laws, but the panel is only paraphrased, and Morris’s cap is per parameter: it limits one model, not scaling itself.',
      'zh-Hans': '预训练回报变缓与已发表的幂律相符；但嘉宾观点只有转述，而 Morris 的上限按参数计，限制的是单个模型，不是扩展本身。',
    },
    page: 'camps/performance-plateau',
  },
  {
    id: 'scaling-continues',
    name: {
      en: 'B · Scaling laws will continue',
      'zh-Hans': 'B 派 · 扩展定律还会延续',
    },
    members: {
      en: 'Joelle Pineau (Cohere); Martin Casado and Sarah Wang (a16z)',
      'zh-Hans': 'Joelle Pineau（Cohere）；Martin Casado 与 Sarah Wang（a16z）',
    },
    stance: 'continues',
    pretraining: {
      en: 'Still works: more compute and more data give steady gains. Pineau folds algorithms into “scaling”, which widens the word.',
      'zh-Hans': '仍然有效：算力和数据越多，进步越稳定。Pineau 把算法也算进“扩展”，等于放宽了这个词的含义。',
    },
    nextGains: {
      en: 'Algorithms, data and compute together; RL stays fundamental, though RL alone will not deliver AGI.',
      'zh-Hans': '算法、数据、算力三者并进；强化学习依旧是根本，但单靠现成的强化学习到不了 AGI。',
    },
    evidence: {
      en: 'Pineau’s split of progress into three ingredients; a16z’s view that money can now be traced to results, on condition that scaling keeps working.',
      'zh-Hans': 'Pineau 把进步拆成三种要素；a16z 认为如今第一次能把投入的钱对应到产出，但前提是扩展继续有效。',
    },
    interest: {
      en: 'Cohere trains models; a16z’s investment thesis depends on scaling holding, as its own proviso admits.',
      'zh-Hans': 'Cohere 自己训练模型；a16z 的投资逻辑依赖扩展继续成立，他们自己附加的前提也承认了这一点。',
    },
    representativeClaim: 'pp-pineau-decompose',
    support: 'mixed',
    supportNote: {
      en: 'The published laws hold where measured, but their returns follow a power law, not a straight line, and the camp’s own proviso concedes the risk.',
      'zh-Hans': '已发表的定律在测量范围内成立，但回报是幂律而非线性；该派自己加的前提也承认存在风险。',
    },
    page: 'camps/performance-plateau',
  },
  {
    id: 'reasoning-post-training',
    name: {
      en: 'C · Gains move to reasoning and post-training',
      'zh-Hans': 'C 派 · 增量转向推理与后训练',
    },
    members: {
      en: 'Isa Fulford and Christina Kim (OpenAI)',
      'zh-Hans': 'Isa Fulford 与 Christina Kim（OpenAI）',
    },
    stance: 'redefines',
    pretraining: {
      en: 'Slower than before; no longer where the biggest improvements come from.',
      'zh-Hans': '比过去慢，已不再是最大进步的来源。',
    },
    nextGains: {
      en: 'Data quality and reinforcement learning; RL teaches a specific skill from few examples.',
      'zh-Hans': '数据质量与强化学习；用强化学习教会模型某项具体能力，所需样本很少。',
    },
    evidence: {
      en: 'GPT-5’s front-end coding, a clear step up from o3, credited to the best data and care for design rather than to size.',
      'zh-Hans': 'GPT-5 的前端编程明显强于 o3，她们把功劳归于顶级数据和对审美的讲究，而非模型规模。',
    },
    interest: {
      en: 'OpenAI ships reasoning models; its account of progress rests on post-training.',
      'zh-Hans': 'OpenAI 主推推理模型，它讲述的进步主要来自后训练。',
    },
    representativeClaim: 'pp-fulford-kim-gpt5',
    support: 'mixed',
    supportNote: {
      en: 'Reasoning models such as o1 and DeepSeek-R1 document real gains, but the GPT-5 case is its makers’ account, and the limits papers find reasoning hard to measure and chains of thought often idle.',
      'zh-Hans': 'o1、DeepSeek-R1 等推理模型有据可查地带来了提升；但 GPT-5 的例子出自开发者本人，两篇极限论文也指出推理难以量化、思维链常常不起作用。',
    },
    page: 'camps/performance-plateau',
  },
  {
    id: 'data-axis',
    name: {
      en: 'D · Data is the under-invested axis',
      'zh-Hans': 'D 派 · 数据是投入最不足的一环',
    },
    members: {
      en: 'Ari Morcos (DatologyAI)',
      'zh-Hans': 'Ari Morcos（DatologyAI）',
    },
    stance: 'redefines',
    pretraining: {
      en: 'The laws from Kaplan to Chinchilla treat all data as interchangeable (IID); the plateau partly reflects compute spent on poor data.',
      'zh-Hans': '从 Kaplan 到 Chinchilla，这些定律都把数据当作独立同分布、彼此可替换；所谓平台期，部分是把算力花在了劣质数据上。',
    },
    nextGains: {
      en: 'Better data: curation can act as a compute multiplier.',
      'zh-Hans': '更好的数据：精心筛选数据，相当于给算力加倍。',
    },
    evidence: {
      en: 'The IID assumption of the published fits; Morcos’s estimate that data work can change performance per dollar by orders of magnitude.',
      'zh-Hans': '已发表的拟合确实假定独立同分布；Morcos 估计，改进数据能让每美元性能相差好几个数量级。',
    },
    interest: {
      en: 'DatologyAI sells data curation.',
      'zh-Hans': 'DatologyAI 的生意就是数据筛选。',
    },
    representativeClaim: 'pp-morcos-underinvested',
    support: 'mixed',
    supportNote: {
      en: 'Coveney & Succi and the limits paper agree that more data is not more information, but the orders-of-magnitude multiplier is a vendor’s figure with no public study behind it here.',
      'zh-Hans': 'Coveney 与 Succi 以及极限论文都认为数据多不等于信息多；但好几个数量级的倍增是厂商自己的说法，本站没有找到公开研究支持。',
    },
    page: 'camps/performance-plateau',
  },
  {
    id: 'capability-not-utility',
    name: {
      en: 'E · Capability is not utility',
      'zh-Hans': 'E 派 · 能力不等于用处',
    },
    members: {
      en: 'Brad Lightcap (OpenAI); Eric Zelikman (humans&)',
      'zh-Hans': 'Brad Lightcap（OpenAI）；Eric Zelikman（humans&）',
    },
    stance: 'redefines',
    pretraining: {
      en: 'Not the bottleneck: models can already do far more than people use them for.',
      'zh-Hans': '不是瓶颈所在：模型的能力早已远超人们实际的使用。',
    },
    nextGains: {
      en: 'Deployment, cheaper use and better tools; for Zelikman, emotional intelligence and a grasp of human values.',
      'zh-Hans': '落地部署、降低使用成本、改进工具；在 Zelikman 看来，还要补上情商和对人类价值的理解。',
    },
    evidence: {
      en: 'Lightcap: most people have poor tools or none, diffusion would take 10–20 years even if progress stopped, and near-zero cost lifts demand.',
      'zh-Hans': 'Lightcap 认为：绝大多数人的工具很差甚至没有；即使进步停下，扩散也要 10 到 20 年；成本趋近于零会推高需求。',
    },
    interest: {
      en: 'OpenAI earns from usage; humans& was founded on the emotional-intelligence thesis.',
      'zh-Hans': 'OpenAI 靠使用量赚钱；humans& 正是围绕“情商”这一判断创立的。',
    },
    representativeClaim: 'pp-lightcap-diffusion',
    support: 'mixed',
    supportNote: {
      en: 'Independent voices in camps A, C and E report the same deployment lag, but it is testimony, not usage data, and the 10–20-year span is a guess.',
      'zh-Hans': 'A、C、E 三派的不同人士都说到部署滞后，但这是访谈陈述而非使用数据，10 到 20 年也只是估计。',
    },
    page: 'camps/performance-plateau',
  },
  {
    id: 'nvidia',
    name: {
      en: 'NVIDIA: three scaling curves',
      'zh-Hans': '英伟达：三条扩展曲线',
    },
    members: {
      en: 'Jensen Huang, NVIDIA',
      'zh-Hans': '黄仁勋，英伟达',
    },
    stance: 'redefines',
    pretraining: {
      en: 'One of three curves, and still rising.',
      'zh-Hans': '三条曲线之一，仍在上升。',
    },
    nextGains: {
      en: 'Post-training (RLHF, DPO) and test-time compute (the o1 series), on top of pre-training.',
      'zh-Hans': '在预训练之外，还有后训练（RLHF、DPO）和测试时计算（o1 系列）。',
    },
    evidence: {
      en: 'Reasoning models that spend compute while answering, such as o1 and DeepSeek-R1.',
      'zh-Hans': 'o1、DeepSeek-R1 这类在回答时消耗算力的推理模型。',
    },
    interest: {
      en: 'Sells the shovels: every curve, however many there are, runs on its GPUs.',
      'zh-Hans': '卖铲子的人：不管有几条曲线，都得用它的 GPU。',
    },
    representativeClaim: 'nw-jensen-3curves',
    support: 'mixed',
    supportNote: {
      en: 'Post-training and test-time gains are documented, but RL works only in a band of task difficulty and reasoning gains are hard to quantify.',
      'zh-Hans': '后训练和测试时计算的收益有据可查；但强化学习只在一定难度区间内奏效，推理带来的提升也难以量化。',
    },
    page: 'camps/scaling-not-dead',
  },
  {
    id: 'frontier-labs',
    name: {
      en: 'Frontier labs: pre-training still has room',
      'zh-Hans': '前沿实验室：预训练仍有空间',
    },
    members: {
      en: 'Google DeepMind (Demis Hassabis, Oriol Vinyals), OpenAI (Sam Altman), Anthropic, Microsoft',
      'zh-Hans': 'Google DeepMind（Demis Hassabis、Oriol Vinyals）、OpenAI（Sam Altman）、Anthropic、微软',
    },
    stance: 'continues',
    pretraining: {
      en: 'Not exhausted: better recipes in pre- and post-training still pay, and scaling should be pushed to its limit.',
      'zh-Hans': '远未用尽：改进预训练和后训练的配方依然有回报，扩展应当推到极限。',
    },
    nextGains: {
      en: 'More compute on every stage, used with better training recipes.',
      'zh-Hans': '在每个阶段投入更多算力，并配合更好的训练配方。',
    },
    evidence: {
      en: 'Gemini 3’s jump over 2.5, the largest its team has seen, with no new architecture; Altman’s rule that intelligence tracks the log of resources.',
      'zh-Hans': 'Gemini 3 相对 2.5 的跃升是其团队见过最大的一次，且没有更换架构；Altman 提出智能约等于所投资源的对数。',
    },
    interest: {
      en: 'Hundreds of billions of dollars committed to data centres; calling scaling dead would call that spending a mistake.',
      'zh-Hans': '已在数据中心上承诺数千亿美元；承认扩展失效，就等于承认这笔投资押错了。',
    },
    representativeClaim: 'nw-vinyals-jump',
    support: 'mixed',
    supportNote: {
      en: 'Gemini 3 is a real data point, but the recipe is undisclosed, the case rests on the labs’ own statements, and a log law itself means steeply rising cost.',
      'zh-Hans': 'Gemini 3 是实打实的证据，但配方未公开，论据主要来自实验室自己的表态；而对数关系本身就意味着成本急剧上升。',
    },
    page: 'camps/scaling-not-dead',
  },
  {
    id: 'xai',
    name: {
      en: 'xAI: more compute, then power',
      'zh-Hans': 'xAI：先堆算力，再抢电力',
    },
    members: {
      en: 'Elon Musk, xAI',
      'zh-Hans': '马斯克，xAI',
    },
    stance: 'continues',
    pretraining: {
      en: 'Acts as if more compute still pays: the cluster keeps growing.',
      'zh-Hans': '从行动看，认定更多算力仍有回报：集群还在不断扩大。',
    },
    nextGains: {
      en: 'Ever larger clusters; the coming limit is electricity generation and the grid, not chips.',
      'zh-Hans': '更大的集群；接下来的瓶颈是发电和电网，而不是芯片。',
    },
    evidence: {
      en: 'The Colossus cluster, reported at 200,000 GPUs with a target of one million.',
      'zh-Hans': 'Colossus 集群，据报道已达 20 万块 GPU，目标 100 万块。',
    },
    interest: {
      en: 'Has bet heavily on the largest cluster it can build.',
      'zh-Hans': '已在尽可能大的集群上下了重注。',
    },
    representativeClaim: 'nw-musk-power',
    support: 'thin',
    supportNote: {
      en: 'The stance is read from spending and announcements, not from published results; Coveney & Succi’s point on energy demand backs the power bottleneck.',
      'zh-Hans': '立场是从投资和公告里推断的，并无公开的实验结果；Coveney 与 Succi 关于能耗的论述支持电力瓶颈这一点。',
    },
    page: 'camps/scaling-not-dead',
  },
  {
    id: 'ssi',
    name: {
      en: 'SSI: back to the age of research',
      'zh-Hans': 'SSI：回到研究时代',
    },
    members: {
      en: 'Ilya Sutskever, Safe Superintelligence (SSI)',
      'zh-Hans': 'Ilya Sutskever，Safe Superintelligence（SSI）',
    },
    stance: 'slowing',
    pretraining: {
      en: 'The simple recipe of adding resources has run its course.',
      'zh-Hans': '单纯追加资源的简单配方已经走到头了。',
    },
    nextGains: {
      en: 'Research breakthroughs, done with large computers: compute is a precondition, no longer the only variable.',
      'zh-Hans': '研究上的突破，但仍要借助大型计算机：算力是前提，却不再是唯一变量。',
    },
    evidence: {
      en: 'The backdrop of Orion’s reported troubles and a GPT-5 that left many unimpressed; little published evidence of its own.',
      'zh-Hans': '背景是 Orion 据传进展不顺、GPT-5 让不少人失望；自身几乎没有公开的证据。',
    },
    interest: {
      en: 'SSI raises far less than OpenAI or Google and cannot win on compute, so a research story sets it apart.',
      'zh-Hans': 'SSI 的融资远不及 OpenAI 和 Google，拼算力拼不过，讲研究的故事正好让它与众不同。',
    },
    representativeClaim: 'nw-ilya-research-age',
    support: 'mixed',
    supportNote: {
      en: 'It matches the consensus that pre-training returns slow and Coveney & Succi’s small exponents, but Gemini 3’s pre-training gains cut the other way.',
      'zh-Hans': '与预训练回报变缓的共识以及 Coveney 与 Succi 所说的小指数一致；但 Gemini 3 在预训练上的收获指向相反方向。',
    },
    page: 'camps/scaling-not-dead',
  },
  {
    id: 'world-models',
    name: {
      en: 'World models: beyond LLMs',
      'zh-Hans': '世界模型派：跳出大语言模型',
    },
    members: {
      en: 'Yann LeCun (AMI); Fei-Fei Li (World Labs)',
      'zh-Hans': 'Yann LeCun（AMI）；李飞飞（World Labs）',
    },
    stance: 'wall',
    pretraining: {
      en: 'However far LLMs are scaled, they remain advanced autocomplete and will not reach general intelligence.',
      'zh-Hans': '大语言模型无论扩展到多大，本质仍是高级的自动补全，达不到通用智能。',
    },
    nextGains: {
      en: 'World models with self-supervised learning, planning, persistent memory and embodiment; spatial intelligence and 3D worlds.',
      'zh-Hans': '融合自监督学习、规划、持久记忆和具身交互的世界模型；空间智能与三维世界生成。',
    },
    evidence: {
      en: 'Mostly an argument from what LLMs lack: a model of how the environment behaves, rather than of tokens.',
      'zh-Hans': '主要是从大语言模型缺什么来论证：它学的是词元，而不是环境如何运作。',
    },
    interest: {
      en: 'Both have founded companies on this bet: AMI and World Labs.',
      'zh-Hans': '两人都为这一判断创办了公司：AMI 与 World Labs。',
    },
    representativeClaim: 'nw-lecun-ami',
    support: 'thin',
    supportNote: {
      en: 'A research programme, not yet a result; Coveney & Succi also favour world models, but no source here shows them scaling better.',
      'zh-Hans': '这是一项研究纲领，尚无成果；Coveney 与 Succi 同样看好世界模型，但本站的资料中没有证据表明它扩展得更好。',
    },
    page: 'camps/scaling-not-dead',
  },
  {
    id: 'deepseek',
    name: {
      en: 'DeepSeek: efficiency shifts the curve',
      'zh-Hans': 'DeepSeek：效率平移曲线',
    },
    members: {
      en: 'DeepSeek (DeepSeek-V3.2, DeepSeek-R1)',
      'zh-Hans': 'DeepSeek（DeepSeek-V3.2、DeepSeek-R1）',
    },
    stance: 'continues',
    pretraining: {
      en: 'Still decisive: efficiency moves the curve toward less compute, but climbing it still costs more compute.',
      'zh-Hans': '依然关键：效率让曲线向省算力的方向平移，但要往上走，仍得投入更多算力。',
    },
    nextGains: {
      en: 'Architecture and engineering efficiency today; more pre-training compute next.',
      'zh-Hans': '眼下靠架构与工程效率；下一步靠扩大预训练算力。',
    },
    evidence: {
      en: 'The DeepSeek-V3.2 report blames its narrower world knowledge on less total training compute than closed frontier models.',
      'zh-Hans': 'DeepSeek-V3.2 技术报告把世界知识面较窄归因于总训练算力少于闭源前沿模型。',
    },
    interest: {
      en: 'With limited access to advanced chips, efficiency is its moat for now; compute is the hurdle in the long run.',
      'zh-Hans': '在芯片受限的处境下，效率是眼下的护城河；长远看，算力是绕不过去的门槛。',
    },
    representativeClaim: 'nw-v32-gap',
    support: 'strong',
    supportNote: {
      en: 'The lab’s own report states the diagnosis, and it agrees with the published laws and with Morris et al.’s per-parameter capacity; whether more compute closes the gap is yet to be seen.',
      'zh-Hans': '实验室在自己的报告里给出了这一诊断，与已发表的扩展定律和 Morris 等的单参数容量结论一致；更多算力能否补上差距，还有待验证。',
    },
    page: 'camps/scaling-not-dead',
  },
  {
    id: 'coveney-succi',
    name: {
      en: 'Coveney & Succi: degenerative AI',
      'zh-Hans': 'Coveney 与 Succi：退化式 AI',
    },
    members: {
      en: 'Peter V. Coveney and Sauro Succi (arXiv 2507.19703)',
      'zh-Hans': 'Peter V. Coveney 与 Sauro Succi（arXiv 2507.19703）',
    },
    stance: 'wall',
    pretraining: {
      en: 'Exponents are still positive, so no wall yet, but so small that returns diminish extremely; brute force risks piling up errors.',
      'zh-Hans': '指数仍为正，所以墙还没出现；但指数小到收益极度递减，蛮力扩展有误差越积越多的风险。',
    },
    nextGains: {
      en: 'Physical laws, small problem-specific networks and human insight; world models; hallucination steered by verifiers, as in AlphaEvolve.',
      'zh-Hans': '物理规律、针对具体问题的小型网络和人的洞察；世界模型；由验证环节引导“幻觉”，如 AlphaEvolve。',
    },
    evidence: {
      en: 'Small scaling exponents; GPT-4.5’s high cost for modest gains; the never-released Llama 4 Behemoth; a numerical-derivative example where more resources raise the error.',
      'zh-Hans': '扩展指数很小；GPT-4.5 成本高而提升有限；从未发布的 Llama 4 Behemoth；以及数值求导中资源越多误差反而越大的例子。',
    },
    interest: {
      en: 'Scientists who judge LLMs by the reliability science requires; no commercial stake is stated.',
      'zh-Hans': '以科学研究所需的可靠性来衡量大语言模型的科学家；未见其陈述任何商业利益。',
    },
    representativeClaim: 'cs-uncertainty-limit',
    support: 'mixed',
    supportNote: {
      en: 'Small exponents are published fact, but the derivative wall is an analogy not measured on LLMs, the path to degenerative AI is theory, the GPT-4.5 size is speculation and Behemoth was never tested in public.',
      'zh-Hans': '指数很小是已发表的事实；但求导之墙只是类比，并未在大语言模型上实测，通向退化式 AI 的链条是理论推演，GPT-4.5 的规模只是推测，Behemoth 也从未公开接受检验。',
    },
    page: 'limits/degenerative-ai',
  },
  {
    id: 'limits-paper',
    name: {
      en: 'Mohsin et al.: five fundamental limits',
      'zh-Hans': 'Mohsin 等：五大根本限制',
    },
    members: {
      en: 'Mohsin et al., 15 authors including John M. Cioffi of Stanford (arXiv 2511.12869)',
      'zh-Hans': 'Mohsin 等 15 位作者，包括斯坦福的 John M. Cioffi（arXiv 2511.12869）',
    },
    stance: 'wall',
    pretraining: {
      en: 'Scaling helps in some regimes, saturates in others and cannot progress in a few; the limits are mathematical, not engineering.',
      'zh-Hans': '扩展在某些情形下有效，在另一些情形下饱和，少数情形下无法推进；这些限制源于数学，而非工程。',
    },
    nextGains: {
      en: 'Bounded optimisation: calibrated abstention, state-space models or external memory, retrieval with guarantees, process verification.',
      'zh-Hans': '有界优化：校准后的拒答、状态空间模型或外部记忆、有保证的检索、对推理过程的验证。',
    },
    evidence: {
      en: 'Diagonalisation and halting arguments; Kolmogorov complexity; the ln N attention margin; measured failures of long context and retrieval.',
      'zh-Hans': '对角线论证与停机问题；Kolmogorov 复杂度；注意力需要 ln N 量级的分数优势；长上下文与检索失败的实测结果。',
    },
    interest: {
      en: 'Academic theory; the sweeping headline that more compute is useless came from a summary, not from the paper.',
      'zh-Hans': '学术理论研究；声称继续加算力已毫无用处的夸张标题出自解读文章，并非论文本身。',
    },
    representativeClaim: 'fl-scaling-regimes',
    support: 'strong',
    supportNote: {
      en: 'The impossibility results are standard theory and the failure modes are measured in cited studies; they bound what scaling can fix rather than show it stops.',
      'zh-Hans': '不可能性结论属于成熟理论，失败模式也有所引研究的实测；它们划定的是扩展能解决什么，而不是证明扩展停止。',
    },
    page: 'limits/fundamental-limits',
  },
];
