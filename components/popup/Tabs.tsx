import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface Tab<K extends string> {
  id: K;
  label: string;
}

export interface TabsProps<K extends string> {
  tabs: readonly Tab<K>[];
  current: K;
  onChange: (id: K) => void;
  children: ComponentChildren;
}

/** WAI-ARIA tabs: Left/Right/Home/End move between them, the panel follows. */
export function Tabs<K extends string>({ tabs, current, onChange, children }: TabsProps<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  function onKeyDown(e: KeyboardEvent) {
    const i = tabs.findIndex((tab) => tab.id === current);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const tab = tabs[next] as Tab<K>;
    onChange(tab.id);
    listRef.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  }
  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('sections')} ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`panel-${current}`} role="tabpanel" aria-labelledby={`tab-${current}`} class="panel">
        {children}
      </div>
    </>
  );
}
