namespace CxAssistant.Core.Metrics;

/// <summary>
/// Ordinary least squares with an intercept, solved through the normal equations (XᵀX)b = Xᵀy by Gauss–Jordan
/// inversion with partial pivoting — enough for the handful of drivers a feedback set supports.
/// SE(b_j) = sqrt(σ²·[(XᵀX)⁻¹]_jj) with σ² = SSE/(n − k − 1); t_j = b_j/SE(b_j); R² = 1 − SSE/SST.
/// </summary>
public static class LinearRegression
{
    /// <summary>
    /// The fit, or null when it is not identifiable (n ≤ k + 1, a constant outcome or collinear predictors).
    /// </summary>
    public static RegressionFit? Fit(IReadOnlyList<IReadOnlyList<double>> predictors, IReadOnlyList<double> outcome)
    {
        ArgumentNullException.ThrowIfNull(predictors);
        ArgumentNullException.ThrowIfNull(outcome);
        var n = outcome.Count;
        if (predictors.Count != n || n == 0)
        {
            return null;
        }
        var k = predictors[0].Count;
        var p = k + 1;
        if (n <= p)
        {
            return null;
        }

        var xtx = new double[p, p];
        var xty = new double[p];
        for (var r = 0; r < n; r++)
        {
            if (predictors[r].Count != k)
            {
                throw new ArgumentException("Every row needs the same number of predictors.", nameof(predictors));
            }
            for (var i = 0; i < p; i++)
            {
                var xi = i == 0 ? 1 : predictors[r][i - 1];
                xty[i] += xi * outcome[r];
                for (var j = 0; j < p; j++)
                {
                    xtx[i, j] += xi * (j == 0 ? 1 : predictors[r][j - 1]);
                }
            }
        }
        if (Invert(xtx) is not { } inverse)
        {
            return null;
        }

        var b = new double[p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                b[i] += inverse[i, j] * xty[j];
            }
        }

        var mean = outcome.Average();
        double sse = 0,
            sst = 0;
        for (var r = 0; r < n; r++)
        {
            var fitted = b[0];
            for (var j = 1; j < p; j++)
            {
                fitted += b[j] * predictors[r][j - 1];
            }
            sse += (outcome[r] - fitted) * (outcome[r] - fitted);
            sst += (outcome[r] - mean) * (outcome[r] - mean);
        }
        if (sst <= 0)
        {
            return null;
        }
        var df = n - p;
        var sigma2 = sse / df;
        var se = new double[p];
        var t = new double[p];
        var pv = new double[p];
        for (var j = 0; j < p; j++)
        {
            se[j] = Math.Sqrt(Math.Max(0, sigma2 * inverse[j, j]));
            t[j] =
                se[j] > 0 ? b[j] / se[j]
                : b[j] == 0 ? 0
                : double.PositiveInfinity * Math.Sign(b[j]);
            pv[j] = StudentT.TwoSidedP(t[j], df);
        }
        return new RegressionFit(b, se, t, pv, 1 - sse / sst, n, df);
    }

    /// <summary>
    /// Gauss–Jordan inverse with partial pivoting; null when (near-)singular relative to the matrix scale.
    /// </summary>
    internal static double[,]? Invert(double[,] matrix)
    {
        var size = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var inv = new double[size, size];
        double scale = 0;
        for (var i = 0; i < size; i++)
        {
            inv[i, i] = 1;
            for (var j = 0; j < size; j++)
            {
                scale = Math.Max(scale, Math.Abs(a[i, j]));
            }
        }
        if (scale == 0)
        {
            return null;
        }
        for (var col = 0; col < size; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < size; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }
            if (Math.Abs(a[pivot, col]) < 1e-10 * scale)
            {
                return null;
            }
            if (pivot != col)
            {
                for (var j = 0; j < size; j++)
                {
                    (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
                    (inv[col, j], inv[pivot, j]) = (inv[pivot, j], inv[col, j]);
                }
            }
            var div = a[col, col];
            for (var j = 0; j < size; j++)
            {
                a[col, j] /= div;
                inv[col, j] /= div;
            }
            for (var r = 0; r < size; r++)
            {
                if (r == col || a[r, col] == 0)
                {
                    continue;
                }
                var f = a[r, col];
                for (var j = 0; j < size; j++)
                {
                    a[r, j] -= f * a[col, j];
                    inv[r, j] -= f * inv[col, j];
                }
            }
        }
        return inv;
    }

    /// <summary>Pearson correlation; 0 when either variable is constant.</summary>
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 2)
        {
            return 0;
        }
        double mx = x.Average(),
            my = y.Average(),
            sxy = 0,
            sxx = 0,
            syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx <= 0 || syy <= 0 ? 0 : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>Sample standard deviation (n − 1); 0 for fewer than two values.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return 0;
        }
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
