using MetaHub.Kernel.Security;

namespace MetaHub.Operators.Sessions;

/// <summary>The scoped <see cref="ICurrentOperator"/>, filled once the operator's session behind the request is confirmed open.</summary>
internal sealed class CurrentOperator : ICurrentOperator
{
    public Guid? OperatorId { get; private set; }

    public string? Email { get; private set; }

    public Guid? SessionId { get; private set; }

    public void Set(Guid operatorId, Guid sessionId, string email)
    {
        OperatorId = operatorId;
        SessionId = sessionId;
        Email = email;
    }
}
