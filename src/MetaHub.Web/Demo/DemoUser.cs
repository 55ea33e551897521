using MetaHub.Kernel.Security;

namespace MetaHub.Web.Demo;

internal sealed record DemoUser(string Email, string FirstName, string LastName, SystemRoles Role, IReadOnlyList<string> CompanySlugs);
