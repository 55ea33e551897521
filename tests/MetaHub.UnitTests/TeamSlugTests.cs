using MetaHub.Onboarding.Registration;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.UnitTests;

public sealed class TeamSlugTests
{
    [Theory]
    [InlineData("Çağrı Öztürk Şişli Ajansı", "cagri-ozturk-sisli-ajansi")]
    [InlineData("  İstanbul   Işık  Üretim ", "istanbul-isik-uretim")]
    [InlineData("ÇĞİÖŞÜ çğıöşü", "cgiosu-cgiosu")]
    [InlineData("Kâğıt Evi", "kagit-evi")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("XYZ Holding A.Ş.", "xyz-holding-as")]
    [InlineData("Dijital & Medya - 2026", "dijital-medya-2026")]
    [InlineData("--Ajans--", "ajans")]
    [InlineData("%%%", "")]
    [InlineData(null, "")]
    public void From_TeamName_TransliteratesTurkishJoinsWordsAndDropsTheRest(string? teamName, string expected) =>
        TeamSlug.From(teamName).ShouldBe(expected);

    [Fact]
    public void From_LongName_CutAtTheLimitWithoutATrailingHyphen()
    {
        var slug = TeamSlug.From("Çok Uzun Bir Takım Adı Olan Dijital Pazarlama Ajansı");

        slug.ShouldBe("cok-uzun-bir-takim-adi-olan-dijital-paza");
        slug.Length.ShouldBe(Tenant.SlugMaxLength);
        TeamSlug.From(new string('a', 39) + " b").ShouldBe(new string('a', 39));
    }

    [Theory]
    [InlineData("www", true)]
    [InlineData("admin", true)]
    [InlineData("metahub", true)]
    [InlineData("cicek-ajans", false)]
    public void IsReserved_PlatformNames_AreReserved(string slug, bool reserved) =>
        TeamSlug.IsReserved(slug).ShouldBe(reserved);
}
