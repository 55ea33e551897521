using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using MetaHub.Customers.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Customers;

/// <summary>
/// /api/v1/customers/import and /export: a CSV comes in whole or not at all, through the customer
/// rules, into the caller's company only; the export holds the company's filtered customers only.
/// </summary>
public sealed class CustomerImportExportTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private const string Header = "Firma Adı;Yetkili;Telefon;E-posta;Sektör;Durum;Notlar";

    private static readonly Dictionary<string, string?> TurkishMapping = new(StringComparer.Ordinal)
    {
        ["Firma Adı"] = "companyName",
        ["Yetkili"] = "contactPerson",
        ["Telefon"] = "phone",
        ["E-posta"] = "email",
        ["Sektör"] = "sector",
        ["Durum"] = "status",
        ["Notlar"] = "notes",
    };

    static CustomerImportExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Preview_TurkishExcelFile_DetectsWindows1254AndSemicolonsAndSuggestsEveryField()
    {
        var (org, token) = await ManagerAsync();
        var file = Encoding.GetEncoding(1254).GetBytes(
            "Firma Adı;Yetkili Kişi;Telefon;E-posta;Adres;Sektör;Durum;Notlar;Vergi No\r\n" +
            "Çağrı Yazılım;Şule Öztürk;0532 111 22 33;info@cagri.com.tr;İstanbul;Yazılım;Aktif;İlk görüşme;123\r\n" +
            "Gül Ajans;Ömer Işık;0212 555 44 33;gul@ajans.com.tr;Ankara;Medya;Potansiyel;;456\r\n");

        using var response = await PostAsync(org, "/api/v1/customers/import/preview", token, file);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await response.JsonAsync();
        preview.GetProperty("encoding").GetString().ShouldBe("windows-1254");
        preview.GetProperty("separator").GetString().ShouldBe(";");
        preview.GetProperty("rowCount").GetInt32().ShouldBe(2);
        preview.GetProperty("rows")[0][0].GetString().ShouldBe("Çağrı Yazılım");
        preview.GetProperty("rows")[1][1].GetString().ShouldBe("Ömer Işık");
        var mapping = preview.GetProperty("mapping").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
        mapping.ShouldBe(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Firma Adı"] = "companyName",
            ["Yetkili Kişi"] = "contactPerson",
            ["Telefon"] = "phone",
            ["E-posta"] = "email",
            ["Adres"] = "address",
            ["Sektör"] = "sector",
            ["Durum"] = "status",
            ["Notlar"] = "notes",
            ["Vergi No"] = null,
        });
    }

    [Fact]
    public async Task Preview_EnglishHeadersInUtf8WithBom_SuggestsFieldsWhateverTheCase()
    {
        var (org, token) = await ManagerAsync();
        var file = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("COMPANY NAME,Email,phone,Status\nAcme,info@acme.example,+1 555 123 4567,active\n")).ToArray();

        using var response = await PostAsync(org, "/api/v1/customers/import/preview", token, file);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await response.JsonAsync();
        preview.GetProperty("encoding").GetString().ShouldBe("utf-8");
        preview.GetProperty("separator").GetString().ShouldBe(",");
        preview.GetProperty("headers")[0].GetString().ShouldBe("COMPANY NAME");
        preview.GetProperty("mapping").GetProperty("COMPANY NAME").GetString().ShouldBe("companyName");
        preview.GetProperty("mapping").GetProperty("Email").GetString().ShouldBe("email");
        preview.GetProperty("mapping").GetProperty("phone").GetString().ShouldBe("phone");
        preview.GetProperty("mapping").GetProperty("Status").GetString().ShouldBe("status");
    }

    [Fact]
    public async Task Import_ValidFile_AddsEveryRowToTheCallersCompanyOnly()
    {
        var (org, token) = await ManagerAsync();
        var file = Csv(
            Header,
            "Çağrı Yazılım; Şule Öztürk ;0532 111 22 33;info@cagri.com.tr;Yazılım;pasif;İlk görüşme",
            "Gül Ajans;;;;;POTANSİYEL;",
            "Deniz Lojistik;Ali Veli;+90 216 444 55 66;ali@deniz.com.tr;Lojistik;;");

        using var response = await ImportAsync(org, token, file, TurkishMapping);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("imported").GetInt32().ShouldBe(3);
        body.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        var customers = await CustomersAsync(org.Tenant, org.Main.Id);
        customers.Select(c => c.CompanyName).ShouldBe(["Çağrı Yazılım", "Deniz Lojistik", "Gül Ajans"]);
        var first = customers[0];
        first.ContactPerson.ShouldBe("Şule Öztürk");
        first.Status.ShouldBe(CustomerStatus.Passive);
        first.Sector.ShouldBe("Yazılım");
        first.CompanyId.ShouldBe(org.Main.Id);
        customers[1].Status.ShouldBe(CustomerStatus.Active);
        customers[2].Status.ShouldBe(CustomerStatus.Potential);
        customers[2].Email.ShouldBeNull();
        (await CustomersAsync(org.Tenant, org.Subsidiary.Id)).ShouldBeEmpty();
        (await CustomersAsync(org.Tenant, org.Other.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_OneRowWithInvalidEmail_Answers422NamingThatLineAndFieldAndImportsNothing()
    {
        var (org, token) = await ManagerAsync();
        var file = Csv(
            Header,
            "Çağrı Yazılım;;;info@cagri.com.tr;;;",
            "Gül Ajans;;;gul-at-ajans;;;",
            "Deniz Lojistik;;;;;;");

        using var turkish = await ImportAsync(org, token, file, TurkishMapping);
        using var english = await ImportAsync(org, token, file, TurkishMapping, language: "en-US");

        turkish.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await turkish.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Dosyada hatalı satırlar var");
        var rows = problem.GetProperty("rows");
        rows.GetArrayLength().ShouldBe(1);
        rows[0].GetProperty("row").GetInt32().ShouldBe(3, "the file's line: the header is line 1");
        rows[0].GetProperty("field").GetString().ShouldBe("email");
        rows[0].GetProperty("message").GetString()!.ShouldStartWith("Geçerli bir e-posta adresi girin");
        (await english.JsonAsync()).GetProperty("rows")[0].GetProperty("message").GetString()!.ShouldStartWith("Enter a valid email address");
        (await CustomersAsync(org.Tenant, org.Main.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_UnknownStatusAndMissingCompanyName_ListsEveryProblemByLine()
    {
        var (org, token) = await ManagerAsync();
        var file = Csv(Header, "Çağrı Yazılım;;;;;belki;", ";;0532 111 22 33;;;;", "Gül Ajans;;12;;;;");

        using var response = await ImportAsync(org, token, file, TurkishMapping);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rows = (await response.JsonAsync()).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())).ToList();
        rows.ShouldBe([(2, "status"), (3, "companyName"), (4, "phone")]);
        (await CustomersAsync(org.Tenant, org.Main.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_DryRun_CountsTheRowsAndWritesNothing()
    {
        var (org, token) = await ManagerAsync();
        var file = Csv(Header, "Çağrı Yazılım;;;;;;", "Gül Ajans;;;;;;");

        using var response = await ImportAsync(org, token, file, TurkishMapping, dryRun: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        body.GetProperty("imported").GetInt32().ShouldBe(2);
        (await CustomersAsync(org.Tenant, org.Main.Id)).ShouldBeEmpty();
    }

    public static TheoryData<string> MalformedFiles => ["unclosed quote", "column count", "empty", "only blank lines", "no header", "header only", "binary", "too large", "too many rows"];

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Import_MalformedCsv_Answers400WithAMessageAndWritesNothing(string kind)
    {
        var (org, token) = await ManagerAsync();
        var file = kind switch
        {
            "unclosed quote" => Csv(Header, "Çağrı Yazılım;;;;;;", "\"Gül Ajans;;;;;;", "Deniz Lojistik;;;;;;"),
            "column count" => Csv(Header, "Çağrı Yazılım;;;;;;", "Gül Ajans;;;;"),
            "empty" => [],
            "only blank lines" => Encoding.UTF8.GetBytes("\r\n  \r\n"),
            "no header" => Csv(";;;;;;", "Çağrı Yazılım;;;;;;"),
            "header only" => Csv(Header),
            "binary" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0xFE, 0x01],
            "too large" => Csv(Header, new string('x', 5 * 1024 * 1024) + ";;;;;;"),
            _ => Csv([Header, .. Enumerable.Range(1, 10_001).Select(i => $"Firma {i};;;;;;")]),
        };

        using var preview = await PostAsync(org, "/api/v1/customers/import/preview", token, file);
        using var import = await ImportAsync(org, token, file, TurkishMapping);

        preview.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        import.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = (await import.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString();
        message.ShouldNotBeNullOrWhiteSpace();
        if (kind == "column count")
        {
            message.ShouldBe("3. satırda 5 sütun var, başlık satırında 7. Satırdaki ayraçları ve tırnakları kontrol edin.");
        }

        (await CustomersAsync(org.Tenant, org.Main.Id)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"Firma Adı": "companyName", "E-posta": "website"}""")]
    [InlineData("""{"E-posta": "email"}""")]
    [InlineData("""{"Firma Adı": "companyName", "Vergi No": "notes"}""")]
    [InlineData("not json")]
    public async Task Import_MappingThatCannotBeFollowed_Answers400WithAMappingError(string mapping)
    {
        var (org, token) = await ManagerAsync();

        using var response = await PostAsync(org, "/api/v1/customers/import", token, Csv(Header, "Çağrı Yazılım;;;;;;"), new() { ["mapping"] = mapping });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").GetProperty("mapping").GetArrayLength().ShouldBeGreaterThan(0);
        (await CustomersAsync(org.Tenant, org.Main.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_DuplicatesOfStoredCustomersAndEarlierRows_AreReportedAndSkippedOnRequest()
    {
        var (org, token) = await ManagerAsync();
        await AddCustomerAsync(org.Tenant, org.Main.Id, "Mevcut Ltd", email: "satis@mevcut.com.tr", phone: "0532 111 22 33");
        await AddCustomerAsync(org.Tenant, org.Subsidiary.Id, "Kardeş Şirketin Müşterisi");
        var file = Csv(
            Header,
            "Yeni Firma;;;SATIS@mevcut.com.tr;;;",
            "Çağrı Yazılım;;+90 532 111 22 33;;;;",
            "ÇAĞRI YAZILIM;;;;;;",
            "Kardeş Şirketin Müşterisi;;;;;;");

        using var checkedOnly = await ImportAsync(org, token, file, TurkishMapping, dryRun: true);
        using var skipped = await ImportAsync(org, token, file, TurkishMapping, skipDuplicates: true);

        checkedOnly.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await checkedOnly.JsonAsync();
        report.GetProperty("imported").GetInt32().ShouldBe(4, "duplicates are warnings: without the option they are imported too");
        var duplicates = report.GetProperty("duplicates").EnumerateArray()
            .Select(d => (d.GetProperty("row").GetInt32(), d.GetProperty("field").GetString(), d.TryGetProperty("duplicateOfRow", out var of) && of.ValueKind == JsonValueKind.Number ? of.GetInt32() : (int?)null))
            .ToList();
        duplicates.ShouldBe([(2, "email", null), (3, "phone", null), (4, "companyName", 3)]);
        report.GetProperty("duplicates")[0].GetProperty("message").GetString().ShouldBe("E-posta kayıtlı bir müşteride de var.");

        skipped.StatusCode.ShouldBe(HttpStatusCode.OK);
        var imported = await skipped.JsonAsync();
        imported.GetProperty("imported").GetInt32().ShouldBe(1);
        imported.GetProperty("skipped").GetInt32().ShouldBe(3);
        (await CustomersAsync(org.Tenant, org.Main.Id)).Select(c => c.CompanyName).ShouldBe(["Kardeş Şirketin Müşterisi", "Mevcut Ltd"]);
    }

    [Fact]
    public async Task Import_Intern_IsForbiddenAndImportsNothing()
    {
        var org = await Organisation.CreateAsync(factory);
        var intern = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var token = await org.TokenForAsync(intern, org.Main);
        var file = Csv(Header, "Çağrı Yazılım;;;;;;");

        using var preview = await PostAsync(org, "/api/v1/customers/import/preview", token, file);
        using var import = await ImportAsync(org, token, file, TurkishMapping);
        using var export = await org.SendAsync(HttpMethod.Get, "/api/v1/customers/export?format=csv", accessToken: token);

        preview.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        import.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        export.StatusCode.ShouldBe(HttpStatusCode.OK, "an intern may read customers, so may export them");
        (await CustomersAsync(org.Tenant, org.Main.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Export_Csv_HoldsTheCompanysFilteredCustomersInTheReadersLanguage()
    {
        var (org, token) = await ManagerAsync();
        await SeedExportAsync(org);

        using var turkish = await ExportAsync(org, token, "format=csv&status=active&sector=yazılım");
        using var english = await ExportAsync(org, token, "format=csv&search=Çağrı&sort=-companyName", language: "en-US");

        turkish.StatusCode.ShouldBe(HttpStatusCode.OK);
        turkish.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        turkish.Content.Headers.ContentDisposition!.FileName.ShouldBe($"customers-{DateTime.Now:yyyy-MM-dd}.csv");
        var bytes = await turkish.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble(), "Excel reads UTF-8 only with a byte order mark");
        var lines = Lines(bytes);
        lines[0].ShouldBe("Firma adı;Yetkili kişi;Telefon;E-posta;Adres;Sektör;Durum;Notlar;Oluşturulma");
        lines[1..].Select(l => l.Split(';')[0]).ShouldBe(["Ağ Bilişim", "Çağrı Yazılım"]);
        lines[2].Split(';')[6].ShouldBe("Aktif");

        var englishLines = Lines(await english.Content.ReadAsByteArrayAsync());
        englishLines[0].ShouldStartWith("Company name,Contact person,Phone,Email,Address,Sector,Status,Notes,Created");
        englishLines[1..].Select(l => l.Split(',')[0]).ShouldBe(["Çağrı Yazılım Destek", "Çağrı Yazılım"]);
        englishLines[1].Split(',')[6].ShouldBe("Passive");
    }

    [Fact]
    public async Task Export_Xlsx_OneSheetWithBoldFilteredHeaderTextCellsAndDates()
    {
        var (org, token) = await ManagerAsync();
        await SeedExportAsync(org);

        using var response = await ExportAsync(org, token, "format=xlsx&sector=Yazılım");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"customers-{DateTime.Now:yyyy-MM-dd}.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        workbook.Worksheets.Count.ShouldBe(1);
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("Firma adı");
        sheet.Cell(1, 1).Style.Font.Bold.ShouldBeTrue();
        sheet.AutoFilter.IsEnabled.ShouldBeTrue();
        var names = Enumerable.Range(2, sheet.LastRowUsed().RowNumber() - 1).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        names.ShouldBe(["Ağ Bilişim", "Çağrı Yazılım", "Çağrı Yazılım Destek"]);
        sheet.Cell(3, 3).DataType.ShouldBe(XLDataType.Text, "a phone number stays as written");
        sheet.Cell(3, 3).GetString().ShouldBe("0532 111 22 33");
        sheet.Cell(3, 9).DataType.ShouldBe(XLDataType.DateTime);
        sheet.Cell(3, 9).GetDateTime().Year.ShouldBe(2025);
    }

    [Fact]
    public async Task Export_ValuesThatLookLikeFormulas_ArePrefixedWithAnApostropheInCsv()
    {
        var (org, token) = await ManagerAsync();
        await AddCustomerAsync(org.Tenant, org.Main.Id, "=HYPERLINK(\"http://evil.example\",\"Tıkla\")", notes: "@SUM(A1:A9)", phone: "+90 532 111 22 33");

        using var response = await ExportAsync(org, token, "format=csv");

        var row = Lines(await response.Content.ReadAsByteArrayAsync())[1];
        row.ShouldStartWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Tıkla\"\")\"");
        row.ShouldContain("'+90 532 111 22 33");
        row.ShouldContain("'@SUM(A1:A9)");
    }

    [Fact]
    public async Task Export_InvalidFormatOrStatus_Answers400()
    {
        var (org, token) = await ManagerAsync();

        using var format = await ExportAsync(org, token, "format=pdf");
        using var status = await ExportAsync(org, token, "format=csv&status=lost");

        format.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await format.JsonAsync()).GetProperty("errors").GetProperty("format")[0].GetString().ShouldBe("Biçim csv ya da xlsx olmalıdır.");
        status.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<(Organisation Org, string Token)> ManagerAsync()
    {
        var org = await Organisation.CreateAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main, org.Subsidiary]);
        return (org, await org.TokenForAsync(manager, org.Main));
    }

    /// <summary>
    /// Main: three software customers (one passive), one media customer and a deleted one; the
    /// subsidiary and another tenant each have a customer whose name would match every filter.
    /// </summary>
    private async Task SeedExportAsync(Organisation org)
    {
        var created = new DateTime(2025, 6, 1, 9, 30, 0, DateTimeKind.Utc);
        await AddCustomerAsync(org.Tenant, org.Main.Id, "Çağrı Yazılım", sector: "Yazılım", phone: "0532 111 22 33", createdAt: created);
        await AddCustomerAsync(org.Tenant, org.Main.Id, "Çağrı Yazılım Destek", sector: "Yazılım", status: CustomerStatus.Passive);
        await AddCustomerAsync(org.Tenant, org.Main.Id, "Ağ Bilişim", sector: "yazılım");
        await AddCustomerAsync(org.Tenant, org.Main.Id, "Gül Medya", sector: "Medya");
        await AddCustomerAsync(org.Tenant, org.Main.Id, "Çağrı Yazılım Silinmiş", sector: "Yazılım", deleted: true);
        await AddCustomerAsync(org.Tenant, org.Subsidiary.Id, "Çağrı Yazılım Alt Şirket", sector: "Yazılım");
        var other = await Organisation.CreateAsync(factory);
        await AddCustomerAsync(other.Tenant, other.Main.Id, "Çağrı Yazılım Başka Kiracı", sector: "Yazılım");
    }

    private async Task AddCustomerAsync(
        Tenant tenant, Guid companyId, string name, string? email = null, string? phone = null, string? sector = null, string? notes = null,
        CustomerStatus status = CustomerStatus.Active, bool deleted = false, DateTime? createdAt = null)
    {
        await using var db = await factory.OpenAsync(tenant, t => DataScope.ForCompany(t, companyId));
        var at = createdAt ?? DateTime.UtcNow;
        db.Add(new Customer
        {
            CompanyName = name, Email = email, Phone = phone, Sector = sector, Notes = notes, Status = status,
            CreatedAt = at, UpdatedAt = at, DeletedAt = deleted ? DateTime.UtcNow : null,
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<Customer>> CustomersAsync(Tenant tenant, Guid companyId)
    {
        await using var db = await factory.OpenAsync(tenant, t => DataScope.ForCompany(t, companyId));
        return (await db.Set<Customer>().AsNoTracking().ToListAsync()).OrderBy(c => c.CompanyName, StringComparer.Create(new System.Globalization.CultureInfo("tr-TR"), ignoreCase: false)).ToList();
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static List<string> Lines(byte[] csv) =>
        [.. Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static Task<HttpResponseMessage> ImportAsync(
        Organisation org, string token, byte[] file, Dictionary<string, string?> mapping, bool dryRun = false, bool skipDuplicates = false, string? language = null) =>
        PostAsync(org, "/api/v1/customers/import", token, file, new()
        {
            ["mapping"] = JsonSerializer.Serialize(mapping),
            ["dryRun"] = dryRun ? "true" : "false",
            ["skipDuplicates"] = skipDuplicates ? "true" : "false",
        }, language);

    private static async Task<HttpResponseMessage> PostAsync(
        Organisation org, string path, string token, byte[] file, Dictionary<string, string>? fields = null, string? language = null)
    {
        using var request = org.Request(HttpMethod.Post, path, accessToken: token);
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "musteriler.csv");
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }

        request.Content = form;
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await org.Factory.CreateClient().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> ExportAsync(Organisation org, string token, string query, string? language = null)
    {
        using var request = org.Request(HttpMethod.Get, "/api/v1/customers/export?" + query, accessToken: token);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await org.Factory.CreateClient().SendAsync(request);
    }
}
