using MetaHub.Tenancy.Resolution;

namespace MetaHub.UnitTests;

public sealed class HostNameTests
{
    [Theory]
    [InlineData("demo.localhost", "demo.localhost")]
    [InlineData("demo.localhost:5000", "demo.localhost")]
    [InlineData("www.acme.com", "acme.com")]
    [InlineData("WWW.Acme.COM:8443", "acme.com")]
    [InlineData("  acme.com  ", "acme.com")]
    [InlineData("acme.com.", "acme.com")]
    [InlineData("ACME.com", "acme.com")]
    [InlineData("www", "www")]
    [InlineData("localhost", "localhost")]
    [InlineData("127.0.0.1:5000", "127.0.0.1")]
    [InlineData("[::1]:5000", "[::1]")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]
    [InlineData("www.BÜCHER.de:80", "xn--bcher-kva.de")]
    [InlineData("xn--bcher-kva.de", "xn--bcher-kva.de")]
    [InlineData("müller-ajans.com.tr", "xn--mller-ajans-thb.com.tr")]
    public void Normalize_ValidHost_ReturnsLowerCaseAsciiWithoutWwwAndPort(string input, string expected) =>
        HostName.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(":5000")]
    [InlineData("acme.com:port")]
    [InlineData("acme.com:1234567")]
    [InlineData("ac me.com")]
    [InlineData("acme..com")]
    [InlineData(".acme.com")]
    [InlineData("acme.com/path")]
    [InlineData("<script>.com")]
    [InlineData("acme.com:80:90")]
    [InlineData("[::1")]
    [InlineData("\u0000evil.com")]
    public void Normalize_Garbage_ReturnsNull(string input) =>
        HostName.Normalize(input).ShouldBeNull();

    [Fact]
    public void Normalize_LabelLongerThan63_ReturnsNull() =>
        HostName.Normalize(new string('a', 64) + ".com").ShouldBeNull();

    [Fact]
    public void Normalize_HostLongerThan253_ReturnsNull() =>
        HostName.Normalize(string.Join('.', Enumerable.Repeat(new string('a', 60), 5))).ShouldBeNull();

    [Theory]
    [InlineData("https://demo.example.com", "demo.example.com")]
    [InlineData("https://www.demo.example.com:3000/some/page?x=1#top", "demo.example.com")]
    [InlineData("http://user:secret@Acme.com/", "acme.com")]
    [InlineData("https://bücher.de/", "xn--bcher-kva.de")]
    public void TryGetHostFromUrl_AbsoluteUrl_ReturnsNormalisedHost(string url, string expected)
    {
        HostName.TryGetHostFromUrl(url, out var host).ShouldBeTrue();
        host.ToString().ToLowerInvariant().ShouldBe(expected);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("/relative/path")]
    [InlineData("https:///nohost")]
    public void TryGetHostFromUrl_NotAnAbsoluteUrl_ReturnsFalse(string url) =>
        HostName.TryGetHostFromUrl(url, out _).ShouldBeFalse();
}
