using System.Globalization;
using System.Text;
using MetaHub.Customers.Domain;
using MetaHub.Kernel.Security;
using MetaHub.Leads.Domain;

namespace MetaHub.Web.Demo;

/// <summary>
/// One demo company's customer book and sales pipeline: Turkish agency clients with contacts, a
/// history, reminders, and leads in every stage. The random numbers come from a fixed seed per
/// book, so every install shows the same names; dates count from today, so something is always
/// due today and something is overdue.
/// </summary>
internal sealed class DemoCrmData
{
    /// <summary>The demo companies (by slug) that keep a customer book, and how big it is.</summary>
    public static readonly IReadOnlyList<(string Slug, int Customers, int Leads)> Books =
    [
        ("dijital", 40, 32),
        ("seo-birimi", 30, 26),
        ("yazilim", 32, 28),
        ("medya", 26, 24),
    ];

    private static readonly string[] Prefixes =
    [
        "Anadolu", "Ege", "Marmara", "Karadeniz", "Akdeniz", "Boğaziçi", "Kapadokya", "Toros", "Uludağ", "Erciyes",
        "Yıldız", "Mavi", "Altın", "Yeşil", "Çınar", "Defne", "Lale", "Başkent", "Hisar", "Pera",
        "Galata", "Efes", "Likya", "Firuze", "Kardelen", "Palandöken", "Meriç", "Fırat", "Nilüfer", "Akasya",
    ];

    private static readonly (string Sector, string[] Trades)[] Sectors =
    [
        ("e-ticaret", ["E-Ticaret", "Online Mağazacılık", "Pazaryeri Hizmetleri"]),
        ("sağlık", ["Sağlık Hizmetleri", "Tıp Merkezi", "Diş Kliniği", "Medikal"]),
        ("turizm", ["Turizm", "Otelcilik", "Seyahat Acentası"]),
        ("eğitim", ["Eğitim Kurumları", "Dil Okulları", "Eğitim Danışmanlık"]),
        ("gıda", ["Gıda", "Unlu Mamuller", "Zeytincilik", "Süt Ürünleri"]),
        ("inşaat", ["İnşaat", "Yapı", "Gayrimenkul"]),
        ("lojistik", ["Lojistik", "Nakliyat"]),
        ("tekstil", ["Tekstil", "Konfeksiyon"]),
        ("otomotiv", ["Otomotiv", "Oto Kiralama"]),
        ("enerji", ["Enerji", "Solar Enerji"]),
        ("mobilya", ["Mobilya", "Dekorasyon"]),
        ("kozmetik", ["Kozmetik", "Güzellik Salonları"]),
    ];

    private static readonly string[] LegalForms = ["A.Ş.", "Ltd. Şti."];

    private static readonly string[] FirstNames =
    [
        "Ahmet", "Mehmet", "Ayşe", "Fatma", "Elif", "Zeynep", "Emre", "Burak", "Can", "Deniz", "Ece", "Selin",
        "Murat", "Serkan", "Gökhan", "Hakan", "Merve", "Büşra", "Cem", "Kerem", "Oğuz", "Tolga", "Derya", "Esra",
        "Gizem", "Pınar", "Sibel", "Umut", "Volkan", "Yasemin", "Okan", "Tuba", "Barış", "İlker", "Özlem", "Şule",
    ];

    private static readonly string[] LastNames =
    [
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
        "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
        "Polat", "Korkmaz", "Erdem", "Güneş", "Aksoy", "Tekin", "Acar", "Bulut", "Ünal", "Karaca",
    ];

    private static readonly string[] Titles =
    [
        "Genel Müdür", "Kurucu Ortak", "Pazarlama Müdürü", "Dijital Pazarlama Uzmanı", "Satın Alma Sorumlusu",
        "Marka Yöneticisi", "Muhasebe Müdürü", "İnsan Kaynakları Müdürü", "Bilgi İşlem Sorumlusu", "Satış Direktörü",
    ];

    private static readonly (string City, string AreaCode, string[] Districts)[] Cities =
    [
        ("İstanbul", "212", ["Şişli", "Beşiktaş", "Sarıyer", "Bakırköy"]),
        ("İstanbul", "216", ["Kadıköy", "Ataşehir", "Ümraniye"]),
        ("Ankara", "312", ["Çankaya", "Yenimahalle"]),
        ("İzmir", "232", ["Konak", "Bornova", "Karşıyaka"]),
        ("Antalya", "242", ["Muratpaşa", "Konyaaltı"]),
        ("Bursa", "224", ["Nilüfer", "Osmangazi"]),
        ("Kayseri", "352", ["Melikgazi", "Kocasinan"]),
        ("Eskişehir", "222", ["Tepebaşı", "Odunpazarı"]),
        ("Gaziantep", "342", ["Şehitkamil"]),
        ("Trabzon", "462", ["Ortahisar"]),
    ];

    private static readonly string[] Streets =
    [
        "Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Bulvarı", "Gazi Mustafa Kemal Bulvarı", "Fevzi Çakmak Sok.",
        "Mimar Sinan Cad.", "Kazım Karabekir Cad.", "Menekşe Sok.", "Büyükdere Cad.", "Bağdat Cad.",
    ];

    private static readonly string[] MobilePrefixes =
        ["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"];

    private static readonly string[] CustomerNotes =
    [
        "Aylık SEO ve sosyal medya paketi; sözleşme her yıl Ocak ayında yenileniyor.",
        "Faturalar ayın 15'inde kesiliyor, ödeme 30 gün vadeli.",
        "Karar verici genel müdür; teklifler ona doğrudan gönderilmeli.",
        "Web sitesi bizde barındırılıyor, alan adı yenilemesi Mart'ta.",
        "Google Ads hesabını biz yönetiyoruz, aylık bütçe müşteri onayıyla değişiyor.",
        "Yaz sezonunda kampanya yoğunluğu artıyor, Nisan'da planlama toplantısı yapılmalı.",
    ];

    private static readonly (InteractionType Type, string[] Subjects)[] Interactions =
    [
        (InteractionType.Call, ["Aylık performans raporu telefonda konuşuldu", "Google Ads bütçesi için arama", "Fatura ödemesi hakkında arama", "Yeni kampanya fikirleri konuşuldu"]),
        (InteractionType.Meeting, ["Web sitesi yenileme başlangıç toplantısı", "Çeyrek dönem değerlendirme toplantısı", "Marka kimliği sunumu", "Sosyal medya strateji toplantısı"]),
        (InteractionType.Email, ["Teklif revizyonu gönderildi", "Aylık SEO raporu iletildi", "İçerik takvimi onaya gönderildi", "Hosting yenileme bilgilendirmesi"]),
        (InteractionType.Whatsapp, ["Kampanya görselleri onaylandı", "Paylaşım saatleri teyit edildi", "Acil banner değişikliği talebi"]),
        (InteractionType.Note, ["Ödeme gününü ayın 15'ine çekmek istiyor", "Rakip ajansın teklifini de değerlendiriyorlar", "Yeni pazarlama müdürü işe başladı"]),
    ];

    private static readonly string[] ReminderTitles =
    [
        "Aylık raporu gönder", "Sözleşme yenilemesini hatırlat", "Teklifi takip et", "Fatura ödemesini kontrol et",
        "Alan adı yenilemesini bildir", "Yeni içerik takvimini hazırla", "Memnuniyet araması yap", "Kampanya sonuç toplantısı ayarla",
    ];

    /// <summary>Every status at least once in any 16 leads, the open ones most often, as in a real pipeline.</summary>
    private static readonly LeadStatus[] Pipeline =
    [
        LeadStatus.New, LeadStatus.Contacted, LeadStatus.New, LeadStatus.MeetingScheduled, LeadStatus.ProposalSent, LeadStatus.Contacted,
        LeadStatus.Negotiation, LeadStatus.Won, LeadStatus.New, LeadStatus.MeetingScheduled, LeadStatus.Contacted, LeadStatus.ProposalSent,
        LeadStatus.Lost, LeadStatus.New, LeadStatus.Negotiation, LeadStatus.Contacted,
    ];

    private static readonly (LeadActivityType Type, string Description, string NextAction)[] LeadSteps =
    [
        (LeadActivityType.Call, "İlk tanışma araması yapıldı, ihtiyaçlar dinlendi.", "Toplantı günü belirle"),
        (LeadActivityType.Whatsapp, "Referans çalışmalarımız WhatsApp'tan paylaşıldı.", "Geri dönüşünü sor"),
        (LeadActivityType.Meeting, "Ofislerinde tanışma toplantısı yapıldı; web sitesi ve SEO ihtiyacı konuşuldu.", "Teklif hazırla"),
        (LeadActivityType.Proposal, "Web sitesi + 6 aylık SEO teklifi gönderildi.", "Teklif için geri dönüş al"),
        (LeadActivityType.Email, "Teklif üzerindeki sorular e-postayla yanıtlandı.", "Fiyat pazarlığı için ara"),
        (LeadActivityType.Call, "Ödeme planı ve başlangıç tarihi pazarlığı yapıldı.", "Sözleşme taslağını gönder"),
    ];

    private static readonly string[] LostReasons =
    [
        "Bütçeyi bu yıl için yetersiz buldular.", "Rakip bir ajansla çalışmaya karar verdiler.", "Proje gelecek yıla ertelendi.",
    ];

    private static readonly string[] FreeMailDomains = ["gmail.com", "hotmail.com", "outlook.com", "yandex.com"];

    /// <summary>Every prefix with every trade, shuffled once, so no two customers or leads of the demo share a name.</summary>
    private static readonly (string Name, string Sector, string Domain)[] Names = NamePool();

    private readonly Random random;
    private readonly (string Slug, int Customers, int Leads) book;
    private readonly DateTime now;
    private readonly DateOnly today;
    private readonly IReadOnlyList<Person> people;
    private readonly List<object> rows = [];
    private int nextName;

    /// <param name="book">Index in <see cref="Books"/>.</param>
    /// <param name="now">The current UTC time; every time is relative to it.</param>
    /// <param name="today">The company's date today; due dates count from it.</param>
    /// <param name="people">The company's members who call customers, write the history and own leads.</param>
    public DemoCrmData(int book, DateTime now, DateOnly today, IReadOnlyList<Person> people)
    {
        random = new Random(2026 + book);
        this.book = Books[book];
        this.now = now;
        this.today = today;
        this.people = people;
        nextName = Books.Take(book).Sum(b => b.Customers + b.Leads);
    }

    /// <summary>The book's customers (with contacts, interactions, reminders) and leads (with activities), ready to add.</summary>
    public IReadOnlyList<object> Create()
    {
        for (var i = 0; i < book.Customers; i++)
        {
            AddCustomer(i, Next(), NewPerson);
        }

        for (var i = 0; i < book.Leads; i++)
        {
            AddLead(i, Next());
        }

        return rows;
    }

    private static (string, string, string)[] NamePool()
    {
        var names = Prefixes
            .SelectMany(prefix => Sectors.SelectMany(s => s.Trades.Select(trade => (prefix, trade, s.Sector))))
            .Select(n => ($"{n.prefix} {n.trade}", n.Sector, $"{Slug(n.prefix)}{Slug(n.trade.Split(' ')[0])}.com.tr"))
            .ToArray();
        new Random(2026).Shuffle(names);
        return names;
    }

    /// <summary>A domain label from Turkish words: "Boğaziçi" → "bogazici", "E-Ticaret" → "eticaret".</summary>
    private static string Slug(string word)
    {
        var slug = new StringBuilder(word.Length);
        foreach (var c in word.ToLower(CultureInfo.GetCultureInfo("tr-TR")).Where(char.IsLetter))
        {
            slug.Append(c switch { 'ç' => 'c', 'ğ' => 'g', 'ı' => 'i', 'ö' => 'o', 'ş' => 's', 'ü' => 'u', _ => c });
        }

        return slug.ToString();
    }

    private (string Name, string Sector, string Domain) Next()
    {
        var (name, sector, domain) = Names[nextName++];
        return ($"{name} {Pick(LegalForms)}", sector, domain);
    }

    /// <summary>A customer with its contacts, made by <c>person</c>: a won lead's customer gets the lead's contact person and no history of its own.</summary>
    private Customer AddCustomer(
        int index, (string Name, string Sector, string Domain) company, Func<string, (string Name, string Phone, string Email)> person, Lead? convertedFrom = null)
    {
        var created = convertedFrom?.ConvertedAt ?? WorkingHours(now.Date.AddDays(-random.Next(30, 720)));
        var contacts = Enumerable.Range(0, convertedFrom is null ? random.Next(1, 4) : 1).Select(_ => person(company.Domain)).ToList();
        var (city, areaCode, districts) = Pick(Cities);
        var customer = new Customer
        {
            CompanyName = company.Name,
            ContactPerson = contacts[0].Name,
            Phone = $"+90 {areaCode} {random.Next(200, 1000)} {random.Next(10, 100)} {random.Next(10, 100)}",
            Email = $"info@{company.Domain}",
            Address = $"{Pick(Streets)} No:{random.Next(1, 250)}, {Pick(districts)}/{city}",
            Sector = company.Sector,
            Status = convertedFrom is not null ? CustomerStatus.Active : (index % 20) switch
            {
                < 11 => CustomerStatus.Active,
                < 15 => CustomerStatus.Passive,
                _ => CustomerStatus.Potential,
            },
            Notes = convertedFrom is not null ? "Potansiyel müşteriyken kazanıldı." : random.Next(3) == 0 ? Pick(CustomerNotes) : null,
            CreatedAt = created,
            UpdatedAt = created.AddDays(random.Next(0, (int)(now - created).TotalDays)),
        };
        customer.Contacts.AddRange(contacts.Select((c, i) => new CustomerContact
        {
            CustomerId = customer.Id,
            Name = c.Name,
            Title = Titles[(index + i) % Titles.Length],
            Phone = c.Phone,
            Email = c.Email,
            IsPrimary = i == 0,
            CreatedAt = created,
        }));
        rows.Add(customer);

        if (convertedFrom is null)
        {
            AddHistory(index, customer);
        }

        return customer;
    }

    private void AddHistory(int index, Customer customer)
    {
        var since = Math.Min(120, (int)(now - customer.CreatedAt).TotalDays);
        var interactions = customer.Status == CustomerStatus.Passive ? random.Next(1, 3) : random.Next(2, 5);
        for (var i = 0; i < interactions; i++)
        {
            var (type, subjects) = Pick(Interactions);
            var author = Pick(people);
            var occurred = WorkingHours(now.Date.AddDays(-random.Next(0, since)));
            rows.Add(new CustomerInteraction
            {
                CustomerId = customer.Id,
                Type = type,
                OccurredAt = occurred > now ? now : occurred,
                Subject = Pick(subjects),
                AuthorId = author.Id,
                AuthorName = author.Name,
                CreatedAt = occurred > now ? now : occurred,
            });
        }

        // Every seventh customer has something due today and every fifth one something overdue, so the dashboard has work to show.
        var reminders = customer.Status == CustomerStatus.Passive ? random.Next(0, 2) : random.Next(1, 3);
        for (var i = 0; i < reminders; i++)
        {
            var due = i > 0 ? today.AddDays(random.Next(-10, 31)) : (index % 7, index % 5) switch
            {
                (0, _) => today,
                (_, 1) => today.AddDays(-random.Next(1, 8)),
                _ => today.AddDays(random.Next(1, 31)),
            };
            var done = i > 0 && due < today && random.Next(2) == 0;
            var assignee = Pick(people);
            rows.Add(new CustomerReminder
            {
                CustomerId = customer.Id,
                Title = Pick(ReminderTitles),
                DueDate = due,
                AssigneeId = assignee.Id,
                IsDone = done,
                DoneAt = done ? now.Date.AddDays(due.DayNumber - today.DayNumber).AddHours(16) : null,
                CreatedBy = Pick(people).Id,
                CreatedAt = now.AddDays(-random.Next(1, 20)),
            });
        }
    }

    private void AddLead(int index, (string Name, string Sector, string Domain) company)
    {
        var status = Pipeline[index % Pipeline.Length];
        var stage = status switch
        {
            LeadStatus.Won => LeadSteps.Length,
            LeadStatus.Lost => random.Next(1, 4),
            _ => (int)status + (status == LeadStatus.New ? 0 : 1),
        };
        var person = NewPerson(random.Next(5) == 0 ? Pick(FreeMailDomains) : company.Domain);
        var created = WorkingHours(now.Date.AddDays(-(stage * 7) - random.Next(1, 20)));
        var currency = random.Next(10) switch { 0 => "USD", 1 => "EUR", _ => "TRY" };
        decimal? value = status == LeadStatus.New && random.Next(5) < 2
            ? null
            : currency == "TRY" ? random.Next(30, 500) * 500m : random.Next(15, 250) * 100m;
        var open = status is not (LeadStatus.Won or LeadStatus.Lost);

        // Every sixth open lead is to be called today and the one after it is already late.
        DateOnly? nextContact = !open ? null : (index % 6) switch
        {
            0 => today,
            1 => today.AddDays(-random.Next(1, 7)),
            _ => today.AddDays(random.Next(-3, 22)),
        };
        var owner = Pick(people);
        var lead = new Lead
        {
            CompanyName = company.Name,
            ContactPerson = person.Name,
            Phone = person.Phone,
            Email = person.Email,
            Source = (LeadSource)random.Next(0, 7),
            Status = status,
            ExpectedValue = value,
            Currency = value is null ? null : currency,
            NextContactDate = nextContact,
            Notes = $"{company.Sector} sektöründe; web sitesi ve dijital pazarlama desteği arıyor.",
            AssigneeId = owner.Id,
            LostReason = status == LeadStatus.Lost ? Pick(LostReasons) : null,
            CreatedAt = created,
            UpdatedAt = created,
        };
        rows.Add(lead);

        for (var step = 0; step < stage; step++)
        {
            var (type, description, nextAction) = LeadSteps[step];
            var contactDate = WorkingHours(created.Date.AddDays((step + 1) * 6));
            var last = step == stage - 1;
            rows.Add(new LeadActivity
            {
                LeadId = lead.Id,
                Type = type,
                Description = description,
                ContactDate = contactDate,
                NextAction = open || !last ? nextAction : null,
                NextActionDate = last ? nextContact : DateOnly.FromDateTime(contactDate).AddDays(6),
                CreatedBy = owner.Id,
                CreatedByName = owner.Name,
                CreatedAt = contactDate,
            });
            lead.UpdatedAt = contactDate;
        }

        if (status == LeadStatus.Won)
        {
            lead.ConvertedAt = lead.UpdatedAt.AddHours(1);
            lead.UpdatedAt = lead.ConvertedAt.Value;
            lead.CustomerId = AddCustomer(index, company, _ => person, lead).Id;
        }

        if (!open)
        {
            rows.Add(new LeadActivity
            {
                LeadId = lead.Id,
                Type = LeadActivityType.StatusChange,
                Description = status == LeadStatus.Won ? "Kazanıldı; müşteri kaydı açıldı." : $"Kaybedildi: {lead.LostReason}",
                ContactDate = lead.UpdatedAt,
                CreatedBy = owner.Id,
                CreatedByName = owner.Name,
                CreatedAt = lead.UpdatedAt,
            });
        }
    }

    private (string Name, string Phone, string Email) NewPerson(string domain)
    {
        var first = Pick(FirstNames);
        var last = Pick(LastNames);
        var phone = $"+90 {Pick(MobilePrefixes)} {random.Next(100, 1000)} {random.Next(10, 100)} {random.Next(10, 100)}";
        return ($"{first} {last}", phone, $"{Slug(first)}.{Slug(last)}@{domain}");
    }

    /// <summary>A quarter hour of the working day <paramref name="day"/>, as calls and meetings happen.</summary>
    private DateTime WorkingHours(DateTime day) => day.AddHours(random.Next(9, 18)).AddMinutes(random.Next(0, 4) * 15);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
