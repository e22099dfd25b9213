import type { Claim } from '../../lib/claims/claim';
import { claimValue } from '../../lib/claims/value';
import { plural, t } from '../../lib/i18n';
import { describeAmount, formatDate, formatMonth, formatNumber } from '../../lib/wording/format';

export interface TimelineProps {
  claims: readonly Claim[];
  /** "This figure": drawn as a ring at its date and value. */
  highlight?: { date: string; value: number };
  width?: number;
  height?: number;
}

/**
 * Colours that read on light and dark backgrounds and that no reader confuses, one per named
 * claimant; every claimant beyond them shares the grey of "and N others", so no colour repeats.
 */
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd'];
const OTHERS = '#8a8f98';
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };
const DAY = 86_400_000;
// Inline, so the chart looks the same in the popup and in the popover's shadow root without shared CSS.
const LEGEND = {
  listStyle: 'none',
  padding: 0,
  margin: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0 0.6em',
  fontSize: '11px',
};
const LEGEND_ITEM = {
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};
const SWATCH = {
  display: 'inline-block',
  width: '8px',
  height: '8px',
  borderRadius: '50%',
  marginRight: '0.3em',
};

const time = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const compact = (n: number) =>
  n >= 1e6 ? `${formatNumber(n / 1e6)}M` : n >= 1e4 ? `${formatNumber(n / 1e3)}k` : formatNumber(n);

/** Up to `n` round ticks from 0 to at least `max`. */
function valueTicks(max: number, n = 4): number[] {
  const raw = max / n || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/** First days of months (or years, for long spans) between two times, at most about five. */
function dateTicks(from: number, to: number): string[] {
  const months = (to - from) / (30 * DAY);
  const every = months > 48 ? 12 : months > 24 ? 6 : months > 10 ? 3 : months > 4 ? 2 : 1;
  const d = new Date(from);
  const y = d.getUTCFullYear();
  let m = Math.ceil(d.getUTCMonth() / every) * every;
  const out: string[] = [];
  for (let i = 0; i < 40; i++, m += every) {
    const t = Date.UTC(y + Math.floor(m / 12), m % 12, 1);
    if (t > to) break;
    if (t >= from) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out.length > 6 ? out.filter((_, i) => i % 2 === 0) : out;
}

/**
 * The claimants the legend names, in order of first claim: all of them when they fit the
 * palette, else those with the most claims (the earlier first on a tie), one colour each.
 */
function namedClaimants(points: readonly { c: Claim }[], claimants: readonly string[]): string[] {
  if (claimants.length <= PALETTE.length) return [...claimants];
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.c.claimedBy, (counts.get(p.c.claimedBy) ?? 0) + 1);
  const kept = new Set(
    [...claimants]
      .sort(
        (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || claimants.indexOf(a) - claimants.indexOf(b),
      )
      .slice(0, PALETTE.length - 1),
  );
  return claimants.filter((name) => kept.has(name));
}

/**
 * The claims on a date axis, one colour per claimant, with the value axis from zero; the
 * legend names each claimant. Free of popup or popover specifics so both can use it.
 */
export function Timeline({ claims, highlight, width = 340, height = 170 }: TimelineProps) {
  const points = claims
    .map((c) => ({ c, t: time(c.claimDate), v: claimValue(c) }))
    .filter((p): p is { c: Claim; t: number; v: number } => p.v !== null && !Number.isNaN(p.t))
    .sort((a, b) => a.t - b.t);
  if (points.length === 0 && !highlight) return <p class="timeline-empty">{t('noClaimsToChart')}</p>;
  const ts = points.map((p) => p.t).concat(highlight ? [time(highlight.date)] : []);
  const vs = points.map((p) => p.v).concat(highlight ? [highlight.value] : []);
  // Reduced, not spread: a subject may hold more points than a call takes arguments.
  const t0 = ts.reduce((a, b) => Math.min(a, b)) - 15 * DAY;
  const t1 = ts.reduce((a, b) => Math.max(a, b)) + 15 * DAY;
  const yTicks = valueTicks(vs.reduce((a, b) => Math.max(a, b), 1));
  const vMax = yTicks[yTicks.length - 1] as number;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (width - PAD.left - PAD.right);
  const y = (v: number) => height - PAD.bottom - (v / vMax) * (height - PAD.top - PAD.bottom);
  const claimants = [...new Set(points.map((p) => p.c.claimedBy))];
  const named = namedClaimants(points, claimants);
  const others = claimants.length - named.length;
  const colour = (name: string) => {
    const i = named.indexOf(name);
    return i < 0 ? OTHERS : (PALETTE[i] as string);
  };
  return (
    <figure class="timeline" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={t(
          'timelineAria',
          plural(points.length, 'claimsCount', formatNumber(points.length)),
          plural(claimants.length, 'claimantsCount', formatNumber(claimants.length)),
        )}
      >
        <g class="axis" fill="currentColor" font-size="10">
          {yTicks.map((v) => (
            <g key={v}>
              <line
                x1={PAD.left}
                x2={width - PAD.right}
                y1={y(v)}
                y2={y(v)}
                stroke="currentColor"
                stroke-opacity="0.15"
              />
              <text x={PAD.left - 4} y={y(v) + 3} text-anchor="end">
                {compact(v)}
              </text>
            </g>
          ))}
          {dateTicks(t0, t1).map((d) => (
            <text key={d} x={x(time(d))} y={height - 6} text-anchor="middle">
              {formatMonth(d)}
            </text>
          ))}
        </g>
        {claimants.map((name) => {
          const own = points.filter((p) => p.c.claimedBy === name);
          return (
            <g key={name} fill={colour(name)} stroke={colour(name)}>
              {own.length > 1 && (
                <polyline
                  fill="none"
                  stroke-opacity="0.5"
                  points={own.map((p) => `${x(p.t)},${y(p.v)}`).join(' ')}
                />
              )}
              {own.map((p) => (
                <circle key={p.c.id} class="point" cx={x(p.t)} cy={y(p.v)} r="3.5" stroke="none">
                  <title>{`${name}, ${formatDate(p.c.claimDate)}: ${describeAmount(p.c)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
        {highlight && (
          <circle
            class="highlight"
            cx={x(time(highlight.date))}
            cy={y(highlight.value)}
            r="6"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          >
            <title>{t('thisFigureAt', formatDate(highlight.date), formatNumber(highlight.value))}</title>
          </circle>
        )}
      </svg>
      <figcaption>
        <ul class="legend" style={LEGEND}>
          {named.map((name) => (
            <li key={name} style={LEGEND_ITEM} title={name}>
              <span class="swatch" style={{ ...SWATCH, background: colour(name) }} aria-hidden="true" />
              {name}
            </li>
          ))}
          {others > 0 && (
            <li class="legend-others" style={LEGEND_ITEM}>
              <span class="swatch" style={{ ...SWATCH, background: OTHERS }} aria-hidden="true" />
              {plural(others, 'otherClaimants', formatNumber(others))}
            </li>
          )}
          {highlight && <li class="legend-highlight">{t('legendThisFigure')}</li>}
        </ul>
      </figcaption>
    </figure>
  );
}
