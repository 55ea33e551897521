namespace MetaHub.Web.Components.Account;

/// <summary>
/// Carries a second-factor ticket between sign-in pages: HTTP-only, same-site only, sent to those
/// pages alone and gone after the ticket's five minutes.
/// </summary>
internal sealed record TicketCookie(string Name, string Path)
{
    public void Keep(HttpContext http, string ticket) =>
        http.Response.Cookies.Append(Name, ticket, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = Path,
            MaxAge = MetaHub.Access.SignIn.TwoFactorTickets.Lifetime,
        });

    public string? Read(HttpContext http) => http.Request.Cookies[Name];

    public void Delete(HttpContext http) => http.Response.Cookies.Delete(Name, new CookieOptions { Path = Path });
}
