// System.Numerics vector types: Vector2/3/4 arithmetic, Dot/Cross/Length/Normalize/Lerp/
// Distance/Clamp/Reflect, Matrix3x2 and Matrix4x4 creation, multiplication, Invert and
// Transform, Quaternion rotation, and the ToString texts of all of them (invariant culture).
using System;
using System.Globalization;
using System.Numerics;
using System.Threading;

static class Program
{
    static int failed;
    static void Check(bool ok, int id) { if (!ok && failed == 0) failed = id; }
    static bool Near(float a, float b) => MathF.Abs(a - b) < 1e-5f;

    static int Main()
    {
        var v2 = new Vector2(3, 4);
        var v3 = new Vector3(1, 2, 3);
        var w3 = new Vector3(-2, 0.5f, 4);
        var v4 = new Vector4(1, -1, 0.5f, 2);
        Console.WriteLine(v2 + " " + v3 + " " + v4 + " " + v2.ToString("F2", CultureInfo.InvariantCulture) + " " + Vector3.Zero + " " + Vector4.One + " " + Vector2.UnitY);
        Check(v2.ToString() == "<3, 4>" && v3.ToString("F1", CultureInfo.InvariantCulture) == "<1.0, 2.0, 3.0>", 1);
        Check(v2.Length() == 5 && v2.LengthSquared() == 25 && Vector2.Normalize(v2) == new Vector2(0.6f, 0.8f) && Vector2.Distance(v2, Vector2.Zero) == 5, 2);
        Check(Vector3.Dot(v3, w3) == 11 && Vector3.Cross(v3, w3) == new Vector3(6.5f, -10, 4.5f) && v3 * 2 == new Vector3(2, 4, 6) && v3 / 2 == new Vector3(0.5f, 1, 1.5f), 3);
        Check(Vector3.Lerp(v3, w3, 0.5f) == new Vector3(-0.5f, 1.25f, 3.5f) && Vector3.Min(v3, w3) == new Vector3(-2, 0.5f, 3) && Vector3.Abs(w3) == new Vector3(2, 0.5f, 4), 4);
        Check(Vector3.Clamp(w3, Vector3.Zero, Vector3.One) == new Vector3(0, 0.5f, 1) && Vector3.Reflect(new Vector3(1, -1, 0), Vector3.UnitY) == new Vector3(1, 1, 0), 5);
        Check(v4 * v4 == new Vector4(1, 1, 0.25f, 4) && Vector4.Dot(v4, Vector4.One) == 2.5f && -v4 == new Vector4(-1, 1, -0.5f, -2), 6);
        var m = Matrix3x2.CreateRotation(MathF.PI / 2) * Matrix3x2.CreateTranslation(10, 0);
        var p = Vector2.Transform(new Vector2(1, 0), m);
        Console.WriteLine(p.ToString("F3", CultureInfo.InvariantCulture) + " " + Matrix3x2.Identity + " " + Matrix3x2.CreateScale(2, 3));
        Check(Near(p.X, 10) && Near(p.Y, 1), 7);
        var m4 = Matrix4x4.CreateScale(2) * Matrix4x4.CreateTranslation(1, 2, 3);
        Check(Matrix4x4.Invert(m4, out var inv) && Vector3.Transform(Vector3.Transform(v3, m4), inv) is var back && Near(back.X, 1) && Near(back.Y, 2) && Near(back.Z, 3), 8);
        Console.WriteLine(m4);
        Console.WriteLine(Matrix4x4.Identity.IsIdentity + " " + m4.GetDeterminant() + " " + m4.Translation);
        Check(m4.GetDeterminant() == 8 && m4.Translation == new Vector3(1, 2, 3) && !Matrix4x4.Invert(new Matrix4x4(), out _), 9);
        var q = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.PI / 2);
        var rotated = Vector3.Transform(Vector3.UnitX, q);
        Console.WriteLine(rotated.ToString("F3", CultureInfo.InvariantCulture) + " " + Quaternion.Identity + " " + q.Length().ToString("F3", CultureInfo.InvariantCulture));
        Check(Near(rotated.X, 0) && Near(rotated.Y, 1) && Near(rotated.Z, 0) && Near(q.Length(), 1), 10);
        var plane = new Plane(Vector3.UnitY, -2);
        Console.WriteLine(plane + " " + Plane.DotCoordinate(plane, new Vector3(0, 5, 0)));
        Check(Plane.DotCoordinate(plane, new Vector3(0, 5, 0)) == 3, 11);
        Check(v2 == new Vector2(3, 4) && v2 != Vector2.One && v2.Equals((object)new Vector2(3, 4)) && v2.GetHashCode() == new Vector2(3, 4).GetHashCode(), 12);
        float[] arr = new float[6];
        v3.CopyTo(arr, 2);
        Check(arr[2] == 1 && arr[4] == 3 && new Vector3(arr.AsSpan(2)) == v3, 13);
        Check(Vector.IsHardwareAccelerated || !Vector.IsHardwareAccelerated, 14);
        var vi = new Vector<int>(5);
        Console.WriteLine((Vector<int>.Count >= 4) + " " + Vector.Sum(vi * 2) / Vector<int>.Count + " " + vi[0]);
        return failed == 0 ? 100 : failed;
    }
}
