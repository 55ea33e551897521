namespace MetaHub.Kernel.Security;

/// <summary>The platform operator of this request or circuit, if one is signed in.</summary>
public interface ICurrentOperator
{
    Guid? OperatorId { get; }

    string? Email { get; }
}
