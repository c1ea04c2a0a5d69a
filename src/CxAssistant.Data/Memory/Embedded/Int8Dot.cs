using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// Integer dot product of two int8 vectors. TensorPrimitives.Dot on sbyte would overflow (it sums in sbyte),
/// so this widens to int16 and uses multiply-add-adjacent into int32 lanes (AVX-512BW, AVX2, else scalar).
/// </summary>
internal static class Int8Dot
{
    /// <summary>True when <see cref="DotBiased"/> can use VNNI (one u8×s8 multiply-add per 32 bytes).</summary>
    public static bool HasVnni => AvxVnni.IsSupported;

    /// <summary>
    /// dot(q + 128, x) for a query stored biased as unsigned bytes; the caller subtracts 128 · sum(x).
    /// VNNI only multiplies unsigned by signed bytes, hence the bias.
    /// </summary>
    public static int DotBiased(ReadOnlySpan<byte> biasedQuery, ReadOnlySpan<sbyte> x)
    {
        ref var q = ref MemoryMarshal.GetReference(biasedQuery);
        ref var v = ref MemoryMarshal.GetReference(x);
        var length = (nuint)Math.Min(biasedQuery.Length, x.Length);
        var acc0 = Vector256<int>.Zero;
        var acc1 = Vector256<int>.Zero;
        nuint i = 0;
        for (; i + 64 <= length; i += 64)
        {
            acc0 = AvxVnni.MultiplyWideningAndAdd(acc0, Vector256.LoadUnsafe(ref q, i), Vector256.LoadUnsafe(ref v, i));
            acc1 = AvxVnni.MultiplyWideningAndAdd(
                acc1,
                Vector256.LoadUnsafe(ref q, i + 32),
                Vector256.LoadUnsafe(ref v, i + 32)
            );
        }
        for (; i + 32 <= length; i += 32)
        {
            acc0 = AvxVnni.MultiplyWideningAndAdd(acc0, Vector256.LoadUnsafe(ref q, i), Vector256.LoadUnsafe(ref v, i));
        }
        var sum = Vector256.Sum(acc0 + acc1);
        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref q, i) * Unsafe.Add(ref v, i);
        }
        return sum;
    }

    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = 0;
        if (Avx512BW.IsSupported && a.Length >= 32)
        {
            var acc = Vector512<int>.Zero;
            for (; i + 32 <= a.Length; i += 32)
            {
                var x = Avx512BW.ConvertToVector512Int16(Vector256.Create(a.Slice(i, 32)));
                var y = Avx512BW.ConvertToVector512Int16(Vector256.Create(b.Slice(i, 32)));
                acc = Avx512F.Add(acc, Avx512BW.MultiplyAddAdjacent(x, y));
            }
            sum = Vector512.Sum(acc);
        }
        else if (Avx2.IsSupported && a.Length >= 16)
        {
            var acc = Vector256<int>.Zero;
            for (; i + 16 <= a.Length; i += 16)
            {
                var x = Avx2.ConvertToVector256Int16(Vector128.Create(a.Slice(i, 16)));
                var y = Avx2.ConvertToVector256Int16(Vector128.Create(b.Slice(i, 16)));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(x, y));
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
