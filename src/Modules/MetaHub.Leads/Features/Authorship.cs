using MetaHub.Kernel.Security;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features;

/// <summary>Who writes an activity, by id and by the name the history keeps even if the person later leaves.</summary>
internal sealed class Authorship(ICurrentUser user, IPeopleDirectory people, IStringLocalizer<LeadsResources> localizer)
{
    public async Task<Author> CurrentAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } id)
        {
            // A module API key acts for no person.
            return new Author(null, localizer["author.system"]);
        }

        var names = await people.NamesAsync([id], cancellationToken);
        var name = names.GetValueOrDefault(id) ?? localizer["author.system"];
        return new Author(id, name.Length > Lead.PersonMaxLength ? name[..Lead.PersonMaxLength] : name);
    }
}
