using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CxAssistant.Architecture.Tests;

/// <summary>
/// Sealed by default: every concrete class the product's projects (src/) define is sealed unless a class in the
/// solution derives from it. CA1852 says so for internal types; this covers public ones, which the analyzer cannot
/// judge (another assembly might derive from them), by reading every built assembly's type definitions.
/// </summary>
public sealed class SealedTypeTests
{
    [Fact]
    public void ProductClasses_NoClassDerivesFromThem_AreSealed()
    {
        var products = SolutionProjects.All.Where(p => p.RelativeFolder.StartsWith("src/", StringComparison.Ordinal));
        var bases = SolutionProjects.All.SelectMany(p => Read(p).Bases).ToHashSet(StringComparer.Ordinal);
        var open = products
            .SelectMany(p => Read(p).OpenClasses.Where(c => !bases.Contains(c)).Select(c => $"{p.Name}: {c}"))
            .ToList();
        Assert.True(open.Count == 0, "Seal these classes (nothing derives from them):\n" + string.Join("\n", open));
    }

    private static (IReadOnlyList<string> OpenClasses, IReadOnlyList<string> Bases) Read(ProjectFile project)
    {
        BuiltAssembly.Of(project); // fails with a clear message when the build is missing or stale
        using var stream = File.OpenRead(project.OutputAssembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var open = new List<string>();
        var bases = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (BaseName(metadata, type.BaseType) is { } baseName)
            {
                bases.Add(baseName);
            }
            if (IsOpenClass(metadata, type))
            {
                open.Add(FullName(metadata, type));
            }
        }
        return (open, bases);
    }

    private static bool IsOpenClass(MetadataReader metadata, TypeDefinition type)
    {
        var attributes = type.Attributes;
        var name = metadata.GetString(type.Name);
        var ns = metadata.GetString(type.Namespace);
        return (attributes & TypeAttributes.Interface) == 0
            && (attributes & (TypeAttributes.Sealed | TypeAttributes.Abstract)) == 0
            && !name.Contains('<', StringComparison.Ordinal)
            && name != "Program"
            && !ns.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal)
            && !ns.StartsWith("Microsoft", StringComparison.Ordinal)
            && !ns.StartsWith("System", StringComparison.Ordinal)
            && BaseName(metadata, type.BaseType)
                is not ("System.ValueType" or "System.Enum" or "System.MulticastDelegate")
            && !type.GetCustomAttributes()
                .Any(h => AttributeName(metadata, metadata.GetCustomAttribute(h)) == "CompilerGeneratedAttribute");
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } outer
            ? FullName(metadata, metadata.GetTypeDefinition(outer)) + "+" + name
            : Join(metadata.GetString(type.Namespace), name);
    }

    private static string? BaseName(MetadataReader metadata, EntityHandle handle) =>
        handle.IsNil
            ? null
            : handle.Kind switch
            {
                HandleKind.TypeDefinition => FullName(
                    metadata,
                    metadata.GetTypeDefinition((TypeDefinitionHandle)handle)
                ),
                HandleKind.TypeReference => ReferenceName(metadata, (TypeReferenceHandle)handle),
                HandleKind.TypeSpecification => GenericBaseName(metadata, (TypeSpecificationHandle)handle),
                _ => null,
            };

    private static string ReferenceName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var reference = metadata.GetTypeReference(handle);
        var name = metadata.GetString(reference.Name);
        return reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? ReferenceName(metadata, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name
            : Join(metadata.GetString(reference.Namespace), name);
    }

    // A generic base (class A : B<int>) is a TypeSpec whose blob starts with GENERICINST, CLASS, then the type handle.
    private static string? GenericBaseName(MetadataReader metadata, TypeSpecificationHandle handle)
    {
        var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }
        blob.ReadSignatureTypeCode();
        return BaseName(metadata, blob.ReadTypeHandle());
    }

    private static string? AttributeName(MetadataReader metadata, CustomAttribute attribute) =>
        attribute.Constructor.Kind == HandleKind.MemberReference
        && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
            is { Kind: HandleKind.TypeReference } parent
            ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name)
            : null;

    private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
