// @vitest-environment jsdom
/** Component tests of the DOM panels over the real dataset and the real store. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { triggerPointKey, type SidedTriggerPointKey } from '../../../src/domain/triggerPointKey';
import { useAtlasStore } from '../../../src/state/store';
import { Candidates } from '../../../src/ui/Candidates';
import { DrawingList } from '../../../src/ui/DrawingList';
import { MuscleCard } from '../../../src/ui/MuscleCard';
import { Notices } from '../../../src/ui/Notices';
import { moreFlagsLabel, RedFlags } from '../../../src/ui/RedFlags';
import { redFlagsFor } from '../../../src/domain/redFlags';
import { SearchBox } from '../../../src/ui/SearchBox';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});
afterEach(cleanup);

describe('DrawingList', () => {
  it('invites the user to mark pain when nothing is marked', () => {
    render(<DrawingList />);
    expect(screen.getByRole('heading', { name: 'Where does it hurt?' })).toBeTruthy();
  });

  it('lists marked areas by name and removes one', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }, { region: r('r-heel-sole') }]);
    render(<DrawingList />);
    const list = screen.getByTestId('drawing-list');
    expect(within(list).getByText('left temple')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove left temple' }));
    expect(useAtlasStore.getState().drawing.map((m) => m.region)).toEqual(['r-heel-sole']);
  });
});

describe('Candidates', () => {
  it('ranks upper trapezius for the temple with a plain reason, and selects on click', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    render(<Candidates />);
    const button = screen
      .getAllByRole('button')
      .find((b) => b.getAttribute('data-muscle') === 'upper-trapezius');
    expect(button?.textContent).toContain('main pain zone includes your left temple');
    if (!button) throw new Error('no upper trapezius candidate');
    fireEvent.click(button);
    expect(useAtlasStore.getState().muscle).toBe('upper-trapezius');
    expect(useAtlasStore.getState().triggerPoint).toMatch(/^l:upper-trapezius-/);
  });

  it("gives the reason in the clinician's zone words in clinician mode", () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    useAtlasStore.getState().setMode('clinician');
    render(<Candidates />);
    const button = screen
      .getAllByRole('button')
      .find((b) => b.getAttribute('data-muscle') === 'upper-trapezius');
    expect(button?.querySelector('.reason')?.textContent).toMatch(
      /^Refers pain to the area you marked\. Its essential zone includes your left temple\./,
    );
  });

  it('puts the common cause first at the front of the shoulder and says how common each is', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-deltoid-front') }]);
    render(<Candidates />);
    const items = within(screen.getByTestId('candidates')).getAllByRole('button');
    expect(items[0]?.getAttribute('data-muscle')).toBe('infraspinatus');
    expect(within(items[0] as HTMLElement).getByTestId('frequency').textContent).toBe(
      'common cause here',
    );
    const labels = screen.getAllByTestId('frequency').map((e) => e.textContent);
    expect(labels).toContain('less common');
  });

  it('marks effectively tied candidates and draws them with the same bar', () => {
    // Several small hand muscles explain the back of the middle finger alike.
    useAtlasStore.getState().setDrawing([{ region: r('l-middle-back') }]);
    render(<Candidates />);
    const tied = screen.getAllByRole('listitem').filter((li) => li.classList.contains('tied'));
    expect(tied.length).toBeGreaterThanOrEqual(2);
    const widths = tied.map((li) => (li.querySelector('.score-bar') as HTMLElement).style.width);
    expect(new Set(widths.slice(0, 2)).size).toBe(1);
    expect(within(tied[0] as HTMLElement).getByTestId('tie').textContent).toBe('tied');
  });

  it('summarises the explaining set for a multi-area drawing', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }, { region: r('r-heel-sole') }]);
    render(<Candidates />);
    expect(screen.getByTestId('explaining-set').textContent).toMatch(
      /Together, the .+ and .+ could explain both of your marked areas/,
    );
  });
});

/** The card's details render after the next frame (MuscleCard.tsx): waits until they are in. */
const detailsShown = (): Promise<void> =>
  waitFor(() => {
    expect(document.querySelector('.tp-details')).not.toBeNull();
    expect(document.querySelector('.tp-details-pending')).toBeNull();
  });

describe('MuscleCard', () => {
  it('adds needling notes and hazards only in clinician mode', async () => {
    useAtlasStore
      .getState()
      .selectMuscle(
        realAtlas().muscles.find((m) => m.id === 'upper-trapezius')?.id,
        triggerPointKey('left', 'upper-trapezius-1'),
      );
    const { rerender } = render(<MuscleCard />);
    await detailsShown();
    expect(screen.queryByText(/Needling/)).toBeNull();
    useAtlasStore.getState().setMode('clinician');
    rerender(<MuscleCard />);
    expect(screen.getByText(/Needling/)).toBeTruthy();
    expect(screen.getByText('lung')).toBeTruthy();
  });
});

describe('MuscleCard safety', () => {
  const select = (muscle: string, tp?: SidedTriggerPointKey) =>
    useAtlasStore.getState().selectMuscle(realAtlas().muscles.find((m) => m.id === muscle)?.id, tp);

  it('links a red-flag symptom to its flag in patient and clinician wording', async () => {
    select('tibialis-anterior', triggerPointKey('left', 'tibialis-anterior-1'));
    const { rerender } = render(<MuscleCard />);
    await detailsShown();
    const patient = screen.getByTestId('flag-symptoms').textContent ?? '';
    expect(patient).toMatch(/new or getting worse → see a doctor/);
    expect(patient).toContain('New numbness, tingling or weakness');
    useAtlasStore.getState().setMode('clinician');
    rerender(<MuscleCard />);
    expect(screen.getByTestId('flag-symptoms').textContent).toMatch(/screen and refer/);
    const link = screen.getAllByRole('button', { name: 'New numbness, tingling or weakness' })[0];
    if (!link) throw new Error('no link to the flag');
    fireEvent.click(link);
    const flag = screen
      .getByTestId('card-flags')
      .querySelector('[data-flag="new-numbness-tingling-weakness"] details');
    expect((flag as HTMLDetailsElement | null)?.open).toBe(true);
  });

  it('shows breathlessness after needling on a muscle with a lung hazard', async () => {
    select('quadratus-lumborum');
    render(<MuscleCard />);
    await detailsShown();
    expect(screen.getByTestId('card-flags').textContent).toContain(
      'New breathlessness or chest pain after needling',
    );
  });

  it('shows the non-pain note on the arrhythmia record', async () => {
    select('pectoralis-major', triggerPointKey('right', 'pectoralis-major-arrhythmia'));
    render(<MuscleCard />);
    await detailsShown();
    expect(screen.getByTestId('non-pain-note').textContent).toMatch(/Not a pain pattern/);
  });
});

describe('SearchBox', () => {
  it('finds a muscle by a typo and selects it with the keyboard', () => {
    render(<SearchBox />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'infraspinatos' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toContain('Infraspinatus');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useAtlasStore.getState().muscle).toBe('infraspinatus');
  });
});

describe('RedFlags and Notices', () => {
  it('shows the chest red flags for a chest drawing and none of them for a heel', () => {
    const chestFlags = [
      'chest-pain-exertion-breathlessness',
      'aortic-dissection-aneurysm',
      'breathless-after-needling',
    ];
    const shown = (container: HTMLElement): string[] =>
      [...container.querySelectorAll('li[data-flag]')].map(
        (li) => li.getAttribute('data-flag') ?? '',
      );
    useAtlasStore.getState().setDrawing([{ region: r('l-pectoral') }]);
    const { container, rerender } = render(<RedFlags />);
    // Every flag, the folded ones too (built once the button opens them; it stays open).
    fireEvent.click(screen.getByTestId('more-flags'));
    expect(shown(container)).toEqual(expect.arrayContaining(chestFlags));
    useAtlasStore.getState().setDrawing([{ region: r('r-heel-sole') }]);
    rerender(<RedFlags />);
    const heel = shown(container);
    // The heel has flags of its own (a limb, a joint), just none of the chest's.
    expect(heel).toContain('compartment-syndrome-limb-ischaemia');
    for (const id of chestFlags) expect(heel).not.toContain(id);
    expect(screen.getByTestId('red-flags').textContent).not.toMatch(/chest/i);
  });

  it('shows the most urgent titles without opening anything, the rest behind one counted button, built when opened', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-lower-chest') }]);
    const { container } = render(<RedFlags />);
    const all = redFlagsFor(realAtlas(), useAtlasStore.getState().drawing);
    expect(all.length).toBeGreaterThan(2);
    const items = (): Element[] => [...container.querySelectorAll('li[data-flag]')];
    expect(items().map((i) => i.getAttribute('data-flag'))).toEqual(
      all.slice(0, 2).map((f) => f.id),
    );
    expect(items()[0]?.getAttribute('data-flag')).toBe('chest-pain-exertion-breathlessness');
    // The title is the <summary> of a closed <details> inside a list that is itself not folded.
    const title = items()[0]?.querySelector('summary .flag-title');
    expect(title?.textContent).toBe('Chest pain with exertion or breathlessness');
    expect(title?.closest('details')?.open).toBe(false);
    expect(title?.closest('[hidden]')).toBeNull();
    // Two titles shown on a wide screen; the others are built only when the button asks for them.
    expect(items().filter((i) => !i.closest('[hidden]'))).toHaveLength(2);
    const more = screen.getByTestId('more-flags');
    const emergencies = all.slice(2).filter((f) => f.urgency === 'emergency').length;
    expect(more.textContent).toBe(moreFlagsLabel(all.slice(2)));
    expect(more.textContent).toContain(`${all.length - 2} more warning signs`);
    if (emergencies > 0) expect(more.textContent).toContain(`(${emergencies} emergency)`);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const shown = items().filter((i) => !i.closest('[hidden]'));
    expect(shown.map((i) => i.getAttribute('data-flag'))).toEqual(all.map((f) => f.id));
    fireEvent.click(more);
    expect(items()).toHaveLength(2);
  });

  it('shows and dismisses notices', () => {
    useAtlasStore.setState({ notices: ['The muscle "x" in the link is not in the atlas.'] });
    render(<Notices />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(useAtlasStore.getState().notices).toEqual([]);
  });
});

describe('MuscleBrowser', () => {
  it('lists every muscle by area once opened and selects one', async () => {
    const { MuscleBrowser } = await import('../../../src/ui/MuscleBrowser');
    const { container } = render(<MuscleBrowser />);
    const details = container.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const buttons = container.querySelectorAll('button[data-browse-muscle]');
    expect(buttons.length).toBe(realAtlas().muscles.length);
    const infra = container.querySelector('button[data-browse-muscle="infraspinatus"]');
    if (!infra) throw new Error('no infraspinatus');
    fireEvent.click(infra);
    expect(useAtlasStore.getState().muscle).toBe('infraspinatus');
  });
});
