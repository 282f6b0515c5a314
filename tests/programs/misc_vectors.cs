// System.Numerics vector types: Vector2/3/4 arithmetic, dot/cross products, length,
// normalization, Matrix4x4 multiplication and transforms, Quaternion rotation of a vector,
// and Vector<T>/Vector128<T> element-wise operations compared with scalar loops.
using System;
using System.Numerics;
using System.Runtime.Intrinsics;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Near(float a, float b) => Math.Abs(a - b) < 1e-5f;

    static int Main()
    {
        var a = new Vector3(1, 2, 3);
        var b = new Vector3(4, 5, 6);
        Check(a + b == new Vector3(5, 7, 9) && b - a == new Vector3(3, 3, 3) && a * 2 == new Vector3(2, 4, 6), 1);
        Check(Vector3.Dot(a, b) == 32 && Vector3.Cross(a, b) == new Vector3(-3, 6, -3), 2);
        Check(Near(new Vector2(3, 4).Length(), 5) && Near(Vector3.Normalize(new Vector3(0, 0, 9)).Z, 1), 3);
        var m = Matrix4x4.CreateTranslation(1, 2, 3);
        var p = Vector3.Transform(Vector3.Zero, m);
        Check(p == new Vector3(1, 2, 3), 4);
        var s = Matrix4x4.CreateScale(2);
        var ms = s * m;
        var p2 = Vector3.Transform(new Vector3(1, 1, 1), ms);
        Check(p2 == new Vector3(3, 4, 5), 5);
        var rot = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.PI / 2);
        var r = Vector3.Transform(Vector3.UnitX, rot);
        Check(Near(r.X, 0) && Near(r.Y, 1), 6);
        Check(Matrix4x4.Invert(ms, out var inv) && Vector3.Transform(p2, inv) == new Vector3(1, 1, 1), 7);
        var xs = new float[64]; var ys = new float[64];
        for (int i = 0; i < 64; i++) { xs[i] = i; ys[i] = 64 - i; }
        float vsum = 0;
        int w = Vector<float>.Count;
        for (int i = 0; i + w <= 64; i += w) vsum += Vector.Dot(new Vector<float>(xs, i), new Vector<float>(ys, i));
        float ssum = 0;
        for (int i = 0; i < 64; i++) ssum += xs[i] * ys[i];
        Check(vsum == ssum, 8);
        var v128 = Vector128.Create(1, 2, 3, 4) * Vector128.Create(2);
        Check(v128.GetElement(3) == 8 && Vector128.Sum(v128) == 20, 9);
        var mx = Vector128.Max(Vector128.Create(1, 9, 3, 7), Vector128.Create(5, 2, 8, 6));
        Check(mx == Vector128.Create(5, 9, 8, 7), 10);
        var v4 = new Vector4(1, 2, 3, 4);
        Check(Vector4.Min(v4, new Vector4(2)) == new Vector4(1, 2, 2, 2) && v4.W == 4, 11);
        return failed == 0 ? 100 : failed;
    }
}
