namespace MetaHub.Web.Components.Account;

/// <summary>A new password typed twice.</summary>
internal sealed class NewPasswordInput
{
    public string Password { get; set; } = "";

    public string Confirm { get; set; } = "";
}
