using MetaHub.Kernel.Modules;

namespace MetaHub.Customers;

/// <summary>The module's features operators switch per tenant.</summary>
public static class CustomerFeatureFlags
{
    /// <summary>Assignees are mailed their reminders once they fall due (<see cref="Features.Reminders.ReminderEmailsJob"/>).</summary>
    public static readonly FeatureFlagDefinition ReminderEmails = new("customers", "reminder-emails", DefaultEnabled: true);

    public static readonly IReadOnlyList<FeatureFlagDefinition> All = [ReminderEmails];
}
