namespace MetaHub.Web.Demo;

/// <summary>Section <c>MetaHub:Demo</c>: the demo tenant a newcomer can log into, and the development operator.</summary>
internal sealed class DemoOptions
{
    public const string Section = "MetaHub:Demo";

    /// <summary>Seeds the demo tenant; defaults to on in Development and off elsewhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Password of the demo users and of the development operator.</summary>
    public string Password { get; set; } = "Demo.Metahub!2026";

    /// <summary>Whether the demo tenant's users and the development operator must use a second factor.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();
}
