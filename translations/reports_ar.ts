<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>التعاون اللامركزي وتوأمة المدن</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>التقرير السنوي المقدَّم إلى المجلس البلدي — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>صدر بتاريخ {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>السنة في لمحة</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>لم يُسجَّل أي شيء لسنة {year}: لا شراكة سارية، ولا مشروع، ولا تبادل، ولا ميزانية.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>التقرير السنوي {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>التعاون اللامركزي وتوأمة المدن — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>يعرض هذا التقرير على المجلس البلدي الشراكات والمشاريع والتبادلات وميزانية التعاون الدولي للبلدية في سنة {year}، وكذلك آفاق السنة التالية.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>الشراكات السارية</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>المشاريع الجارية</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>التبادلات المنجزة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>الميزانية المقررة</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>نسبة التنفيذ (المصروف ÷ المقرر)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>التمويل الملتزم به من الممولين</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>حصة التمويل المشترك (عدا الميزانية الذاتية)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>المداولة</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>لا توجد شراكة سارية.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>المشاريع ووضعها</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>لا يوجد مشروع هذه السنة.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>لا يوجد تبادل هذه السنة.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>التبادلات والمشاركون</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>التبادلات حسب النوع والاتجاه</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>المشاركون حسب الجنس والفئة العمرية</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>قائمة التبادلات</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>البيان المالي للميزانية</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>المبالغ باليورو. المقرر: بنود ميزانية السنة؛ الملتزم به: الالتزامات؛ المصروف: النفقات المدفوعة.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>الميزانية حسب المشروع</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>لا توجد ميزانية لهذه السنة.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>مصادر التمويل وحصصها</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>نقاط تستدعي الانتباه</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>وضع مؤشرات مشاريع السنة بتاريخ {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>لم تُسجَّل أي ميزانية لسنة {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>جميع مشاريع البلدية — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>البيان المالي للميزانية {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>المقيس</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>المسار المتوقع</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>التقدم المتوقع</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>لغة تقرير غير معروفة «{code}»؛ اختر من بين: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>اختر لغة أو لغتين للتقرير.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>أُدخلت اللغة «{code}» مرتين.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>نوع تقرير غير معروف «{kind}»؛ اختر من بين: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>تخطيط غير معروف «{layout}»؛ اختر من بين: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>اختر سنة بين {first} و{last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>اختر المشروع برمزه (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>لا يوجد مشروع بالرمز «{code}».</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>تعذّرت كتابة التقرير في {path}: {reason}. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>سجل التبادلات</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>الزيارات والبعثات والفعاليات لسنة {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>تبادلات سنة {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>لم يُسجَّل أي تبادل لسنة {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>يُحصى المشاركون ولا تُذكر أسماؤهم: يُجمع الأشخاص المسجلون والأعداد حسب الجنس والفئة العمرية.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>سجل التبادلات {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>جارٍ قراءة البيانات…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>جارٍ تنسيق الصفحات…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>كُتب التقرير: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>التقدم هو التغير منذ خط الأساس مقسومًا على التغير الذي يتطلبه الهدف: 0 % عند خط الأساس، و100 % عند بلوغ الهدف.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>يكون المؤشر على المسار الصحيح عندما يقل تقدمه عن التقدم المتوقع بما لا يزيد على {on_track} نقطة، ومعرَّضًا للخطر عندما يقل عنه بما لا يزيد على {at_risk} نقطة، ومتأخرًا إذا زاد الفارق على ذلك.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>لا يوجد مؤشر.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>قيد التحديد</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>في مرحلة الإنهاء</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مُغلق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>مُعلَّق</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>جهة ممولة</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>جهة مسؤولة</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>جهة وسيطة</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>جهة منفذة</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>سلطة محلية</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مؤسسة تعليمية</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>ميثاق توأمة</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>اتفاقية تعاون لامركزي</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>ميثاق صداقة</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>وفد رسمي</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>تبادل مدرسي</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>تبادل شبابي</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>بعثة تقنية أو بعثة موظفين</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>زيارة متطوعين</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>فعالية ثقافية</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>فعالية رياضية</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>اجتماع عن بُعد</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>استقبال</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>إيفاد</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>النساء والفتيات</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>الرجال والفتيان</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>من 0 إلى 11 سنة</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>من 12 إلى 17 سنة</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>من 18 إلى 25 سنة</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>من 26 إلى 64 سنة</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 سنة فأكثر</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>السفر والتنقل</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>الأشغال</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التكوين</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>نفقات أخرى</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>الميزانية الذاتية</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>منحة الوزارة (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>وكالة المياه (1 % للمياه)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>المقاطعة</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>راعٍ خاص</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>مساهمة الشريك</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>مساهمة عينية</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>على المسار الصحيح</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرَّض للخطر</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>لا قياس بعد</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>خط الأساس أو الهدف غير محدد</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>الماء والتطهير</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>النفايات والاقتصاد الدائري</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>التعليم والشباب</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>الثقافة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>الحكامة المحلية</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>التنمية الاقتصادية والسياحة</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>الفلاحة والتغذية</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>المناخ</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>حقوق الإنسان والمواطنة</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>القضاء على الفقر</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>القضاء التام على الجوع</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>الصحة الجيدة والرفاه</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>التعليم الجيد</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>المياه النظيفة والنظافة الصحية</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>طاقة نظيفة وبأسعار معقولة</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>العمل اللائق ونمو الاقتصاد</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>الصناعة والابتكار والهياكل الأساسية</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>الحد من أوجه عدم المساواة</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>مدن ومجتمعات محلية مستدامة</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>الاستهلاك والإنتاج المسؤولان</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>العمل المناخي</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>الحياة تحت الماء</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>الحياة في البر</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>السلام والعدل والمؤسسات القوية</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>عقد الشراكات لتحقيق الأهداف</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>الملاءمة</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>الاتساق</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>الاستدامة</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>غير مرضٍ</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>مرضٍ جزئيًا</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>مرضٍ</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>مرضٍ جدًا</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>بنود ميزانية تجاوزت المقرر</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>ميزانيات مشاريع تجاوزت المقرر</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>تمويل يتجاوز سقف الجهة الممولة</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>تمويل مستلَم يتجاوز المبلغ الممنوح</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>معاملات مستبعدة: لا يوجد سعر صرف إلى اليورو</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>تجاوز سقف 1 % للمياه</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>ميزانية الماء للبلدية غير محددة</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>غير مخصص لبند من الميزانية</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>حُرِّر في {place} بتاريخ {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>آفاق سنة {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>التمويل الممنوح</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>لم تُدخَل بعد أي ميزانية لتلك السنة.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>التبادلات المبرمجة</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>لا يوجد أي تبادل مبرمج بعد.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>اتفاقيات يجب تجديدها</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>لا تنتهي أي اتفاقية قبل نهاية تلك السنة.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: الترجمة غير متوفرة]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>تدابير التخفيف</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>لم يُسجَّل أي خطر.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>الدرجة: الاحتمال × الأثر، من 1 (منخفض) إلى 9 (مرتفع).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>لا يوجد تقييم بعد.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>المقيِّم</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>متوسط الدرجة (من 1 إلى 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>دروس التقييم</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>بطاقة المشروع</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>الوضع بتاريخ {date}؛ السنة المالية {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>التبادلات</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>لا يوجد تبادل لهذا المشروع.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>بطاقة المشروع {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>قطاع لجنة المساعدة الإنمائية (OCDE)</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>التواريخ المقررة</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>التواريخ الفعلية</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>الشركاء وأدوارهم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>لا توجد هيئة مشاركة.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>غير مرتبط بأي شراكة.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>جميع سنوات المشروع، باليورو.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>التمويل المستلَم</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>لم تُسجَّل أي ميزانية.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>بنود ميزانية سنة {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>تمويل سنة {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>وضع المؤشرات بتاريخ {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>نسبة التنفيذ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>الممنوح</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>النفقات الملتزم بها</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>المتبقي (المقرر − المصروف)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>الإيرادات المقيدة</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>لم يُسجَّل أي تمويل.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>لا يوجد بند ميزانية لهذه السنة.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة الممولة</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>سقف 1 % للمياه: لم تُدخَل ميزانية الماء للبلدية، ولذلك لا يمكن التحقق من السقف.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>تجاوز سقف 1 % للمياه: {own} من الأموال الذاتية للبلدية للتعاون في مجال المياه، فوق السقف البالغ {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>احترام سقف 1 % للمياه: {own} من الأموال الذاتية للبلدية للتعاون في مجال المياه، في حدود السقف البالغ {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>نقطة تستدعي الانتباه</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>لا توجد نقاط تستدعي الانتباه.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>القاصرون</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>لا توجد أي اتفاقية شراكة سارية خلال السنة.</numerusform>
            <numerusform>اتفاقية شراكة واحدة سارية خلال السنة.</numerusform>
            <numerusform>اتفاقيتا شراكة ساريتان خلال السنة.</numerusform>
            <numerusform>%n اتفاقيات شراكة سارية خلال السنة.</numerusform>
            <numerusform>%n اتفاقية شراكة سارية خلال السنة.</numerusform>
            <numerusform>%n اتفاقية شراكة سارية خلال السنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>لا يوجد أي مشروع جارٍ خلال السنة.</numerusform>
            <numerusform>مشروع واحد جارٍ خلال السنة.</numerusform>
            <numerusform>مشروعان جاريان خلال السنة.</numerusform>
            <numerusform>%n مشاريع جارية خلال السنة.</numerusform>
            <numerusform>%n مشروعًا جاريًا خلال السنة.</numerusform>
            <numerusform>%n مشروع جارٍ خلال السنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>لم يبدأ أي تبادل خلال السنة.</numerusform>
            <numerusform>بدأ تبادل واحد خلال السنة.</numerusform>
            <numerusform>بدأ تبادلان خلال السنة.</numerusform>
            <numerusform>بدأت %n تبادلات خلال السنة.</numerusform>
            <numerusform>بدأ %n تبادلًا خلال السنة.</numerusform>
            <numerusform>بدأ %n تبادل خلال السنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>لا توجد تبادلات لهذه السنة في سجل التبادلات.</numerusform>
            <numerusform>التبادل الوحيد لهذه السنة مدرج في سجل التبادلات.</numerusform>
            <numerusform>تبادلا هذه السنة مدرجان في سجل التبادلات.</numerusform>
            <numerusform>تبادلات السنة الـ%n مدرجة في سجل التبادلات.</numerusform>
            <numerusform>تبادلات السنة البالغ عددها %n مدرجة في سجل التبادلات.</numerusform>
            <numerusform>تبادلات السنة البالغ عددها %n مدرجة في سجل التبادلات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>لا يوجد أي تبادل مبرمج بعد.</numerusform>
            <numerusform>تبادل واحد مبرمج بالفعل.</numerusform>
            <numerusform>تبادلان مبرمجان بالفعل.</numerusform>
            <numerusform>%n تبادلات مبرمجة بالفعل.</numerusform>
            <numerusform>%n تبادلًا مبرمجًا بالفعل.</numerusform>
            <numerusform>%n تبادل مبرمج بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>لا يوجد أي قياس.</numerusform>
            <numerusform>قياس واحد.</numerusform>
            <numerusform>قياسان.</numerusform>
            <numerusform>%n قياسات.</numerusform>
            <numerusform>%n قياسًا.</numerusform>
            <numerusform>%n قياس.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>ليس بينهم أي قاصر (17 سنة أو أقل).</numerusform>
            <numerusform>من بينهم قاصر واحد (17 سنة أو أقل).</numerusform>
            <numerusform>من بينهم قاصران (17 سنة أو أقل).</numerusform>
            <numerusform>من بينهم %n قاصرين (17 سنة أو أقل).</numerusform>
            <numerusform>من بينهم %n قاصرًا (17 سنة أو أقل).</numerusform>
            <numerusform>من بينهم %n قاصر (17 سنة أو أقل).</numerusform>
        </translation>
    </message>
</context>
</TS>
