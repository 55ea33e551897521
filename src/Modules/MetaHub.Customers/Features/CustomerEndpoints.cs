using MetaHub.Customers.Features.Contacts;
using MetaHub.Customers.Features.Duplicates;
using MetaHub.Customers.Features.History;
using MetaHub.Customers.Features.ListCustomers;
using MetaHub.Customers.Features.Reminders;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Json;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features;

/// <summary>
/// <c>/api/v1/customers</c>: the active company's customers with their contacts, history and
/// reminders. The rules live in <see cref="CustomerBook"/>, <see cref="CustomerContacts"/>,
/// <see cref="CustomerHistory"/> and <see cref="CustomerReminders"/>.
/// </summary>
internal static class CustomerEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var customers = endpoints.MapGroup("/api/v1/customers").WithTags("Customers").ForModule("customers").RequirePermission(CustomerPermissions.View);
        customers.MapGet("", List).WithName("ListCustomers")
            .WithSummary("The company's customers, paged; search in name, contact person, email and phone; filter by status and sector; sort by companyName, createdAt, updatedAt, status or sector (prefix - for descending); deleted=true lists the trash (customers.delete).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        customers.MapGet("/sectors", Sectors).WithName("ListCustomerSectors").WithSummary("The sectors of the company's customers, for the list's filter.");
        customers.MapGet("/duplicates", Duplicates).WithName("FindDuplicateCustomers")
            .WithSummary("The live customers sharing the name, email or phone (ignoring case) with the one being typed, and which of them matched.");
        customers.MapGet("/{id:guid}", Get).WithName("GetCustomer").WithSummary("One customer.").ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("", Create).RequirePermission(CustomerPermissions.Create).WithName("CreateCustomer")
            .WithSummary("Adds a customer; refused with 409 and the look-alikes in 'duplicates' unless allowDuplicate=true.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        customers.MapPut("/{id:guid}", Update).RequirePermission(CustomerPermissions.Edit).WithName("UpdateCustomer")
            .WithSummary("Changes a customer's fields; refused with 409 and the look-alikes in 'duplicates' unless allowDuplicate=true.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        customers.MapDelete("/{id:guid}", Delete).RequirePermission(CustomerPermissions.Delete).WithName("DeleteCustomer")
            .WithSummary("Moves a customer to the trash, from where it can be restored.").ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{id:guid}/restore", Restore).RequirePermission(CustomerPermissions.Delete).WithName("RestoreCustomer")
            .WithSummary("Brings a customer back from the trash.").ProducesProblem(StatusCodes.Status404NotFound);

        MapContacts(customers);
        MapHistory(customers);
        MapReminders(customers);
    }

    private static void MapContacts(RouteGroupBuilder customers)
    {
        customers.MapGet("/{id:guid}/contacts", ListContacts).WithName("ListCustomerContacts")
            .WithSummary("The customer's contact people, the primary one first.").ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{id:guid}/contacts", AddContact).RequirePermission(CustomerPermissions.Edit).WithName("AddCustomerContact")
            .WithSummary("Adds a contact person; isPrimary takes the mark from the previous primary contact.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPut("/{id:guid}/contacts/{contactId:guid}", UpdateContact).RequirePermission(CustomerPermissions.Edit).WithName("UpdateCustomerContact")
            .WithSummary("Changes a contact person.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapDelete("/{id:guid}/contacts/{contactId:guid}", DeleteContact).RequirePermission(CustomerPermissions.Edit).WithName("DeleteCustomerContact")
            .WithSummary("Removes a contact person.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapHistory(RouteGroupBuilder customers)
    {
        customers.MapGet("/{id:guid}/interactions", ListInteractions).WithName("ListCustomerInteractions")
            .WithSummary("The customer's history, newest first, paged; type filters by call, meeting, email, whatsapp or note.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{id:guid}/interactions", AddInteraction).RequirePermission(CustomerPermissions.Edit).WithName("AddCustomerInteraction")
            .WithSummary("Records a call, meeting, email, WhatsApp message or note, signed by the current user; occurredAt defaults to now.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapDelete("/{id:guid}/interactions/{interactionId:guid}", DeleteInteraction).RequirePermission(CustomerPermissions.Edit)
            .WithName("DeleteCustomerInteraction").WithSummary("Removes a history entry: its author, or someone with customers.delete.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapReminders(RouteGroupBuilder customers)
    {
        customers.MapGet("/reminders/due", DueReminders).WithName("ListDueCustomerReminders")
            .WithSummary("Open reminders overdue or due within 7 days, soonest first, with their customers' names; mine=true only the user's own.");
        customers.MapGet("/{id:guid}/reminders", ListReminders).WithName("ListCustomerReminders")
            .WithSummary("The customer's reminders: open ones by due date, then the done ones.").ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{id:guid}/reminders", AddReminder).RequirePermission(CustomerPermissions.Edit).WithName("AddCustomerReminder")
            .WithSummary("Adds a reminder, optionally for a member of the company.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPut("/{id:guid}/reminders/{reminderId:guid}", UpdateReminder).RequirePermission(CustomerPermissions.Edit).WithName("UpdateCustomerReminder")
            .WithSummary("Changes a reminder; isDone ticks it off (or on again).").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapDelete("/{id:guid}/reminders/{reminderId:guid}", DeleteReminder).RequirePermission(CustomerPermissions.Edit).WithName("DeleteCustomerReminder")
            .WithSummary("Removes a reminder.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedResult<CustomerResponse>>> List(
        string? search, string? status, string? sector, string? sort, bool? deleted, int? page, int? pageSize,
        CustomerBook customers, IStringLocalizer<CustomersResources> localizer, CancellationToken cancellationToken) =>
        TypedResults.Ok(await customers.ListAsync(
            CustomerListQuery.From(search, status, sector, sort, deleted == true, localizer), page, pageSize, cancellationToken));

    private static async Task<Ok<IReadOnlyList<string>>> Sectors(CustomerBook customers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await customers.SectorsAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<DuplicateCustomer>>> Duplicates(
        string? companyName, string? email, string? phone, Guid? excludeId, CustomerBook customers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await customers.DuplicatesAsync(new CustomerFields(companyName, Phone: phone, Email: email), excludeId, cancellationToken));

    private static async Task<Ok<CustomerResponse>> Get(Guid id, CustomerBook customers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await customers.GetAsync(id, cancellationToken));

    private static async Task<Created<CustomerResponse>> Create(
        CustomerFields request, bool? allowDuplicate, CustomerBook customers, CancellationToken cancellationToken)
    {
        var customer = await customers.CreateAsync(request, allowDuplicate == true, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", customer);
    }

    private static async Task<Ok<CustomerResponse>> Update(
        Guid id, CustomerFields request, bool? allowDuplicate, CustomerBook customers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await customers.UpdateAsync(id, request, allowDuplicate == true, cancellationToken));

    private static async Task<NoContent> Delete(Guid id, CustomerBook customers, CancellationToken cancellationToken)
    {
        await customers.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CustomerResponse>> Restore(Guid id, CustomerBook customers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await customers.RestoreAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ContactResponse>>> ListContacts(Guid id, CustomerContacts contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.ListAsync(id, cancellationToken));

    // Sub-records have no address of their own: they are read through their customer's list.
    private static async Task<Created<ContactResponse>> AddContact(
        Guid id, ContactRequest request, CustomerContacts contacts, CancellationToken cancellationToken) =>
        TypedResults.Created((string?)null, await contacts.AddAsync(id, request, cancellationToken));

    private static async Task<Ok<ContactResponse>> UpdateContact(
        Guid id, Guid contactId, ContactRequest request, CustomerContacts contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.UpdateAsync(id, contactId, request, cancellationToken));

    private static async Task<NoContent> DeleteContact(Guid id, Guid contactId, CustomerContacts contacts, CancellationToken cancellationToken)
    {
        await contacts.DeleteAsync(id, contactId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedResult<InteractionResponse>>> ListInteractions(
        Guid id, string? type, int? page, int? pageSize, CustomerHistory history, IStringLocalizer<CustomersResources> localizer,
        CancellationToken cancellationToken)
    {
        Domain.InteractionType? only = string.IsNullOrWhiteSpace(type)
            ? null
            : ApiValue.Parse<Domain.InteractionType>(type) ?? throw Kernel.Errors.ValidationException.For("type", localizer["validation.type"]);
        return TypedResults.Ok(await history.ListAsync(id, only, page, pageSize, cancellationToken));
    }

    private static async Task<Created<InteractionResponse>> AddInteraction(
        Guid id, InteractionRequest request, CustomerHistory history, CancellationToken cancellationToken) =>
        TypedResults.Created((string?)null, await history.AddAsync(id, request, cancellationToken));

    private static async Task<NoContent> DeleteInteraction(Guid id, Guid interactionId, CustomerHistory history, CancellationToken cancellationToken)
    {
        await history.DeleteAsync(id, interactionId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedResult<DueReminderResponse>>> DueReminders(
        bool? mine, int? page, int? pageSize, CustomerReminders reminders, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reminders.DueAsync(mine == true, page, pageSize, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ReminderResponse>>> ListReminders(Guid id, CustomerReminders reminders, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reminders.ListAsync(id, cancellationToken));

    private static async Task<Created<ReminderResponse>> AddReminder(
        Guid id, ReminderRequest request, CustomerReminders reminders, CancellationToken cancellationToken) =>
        TypedResults.Created((string?)null, await reminders.AddAsync(id, request, cancellationToken));

    private static async Task<Ok<ReminderResponse>> UpdateReminder(
        Guid id, Guid reminderId, ReminderRequest request, CustomerReminders reminders, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reminders.UpdateAsync(id, reminderId, request, cancellationToken));

    private static async Task<NoContent> DeleteReminder(Guid id, Guid reminderId, CustomerReminders reminders, CancellationToken cancellationToken)
    {
        await reminders.DeleteAsync(id, reminderId, cancellationToken);
        return TypedResults.NoContent();
    }
}
