/** What an import changed, per table: added / updated / unchanged / kept (newer here) / removed. */
import { BACKUP_TABLES, type ImportSummary, type TableSummary } from '../../lib/backup/backup';
import { t } from '../../lib/platform/i18n';

const COLUMNS: (keyof TableSummary)[] = ['added', 'updated', 'skipped', 'kept', 'removed'];

/** A small table, one row per backed-up table. */
export function RestoreSummary({ summary }: { summary: ImportSummary }) {
  return (
    <div class="restore-summary" role="status">
      <p class="status ok">{summary.mode === 'merge' ? t('restoreMergedDone') : t('restoreReplacedDone')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('restoreTable')}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`restoreCol_${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((name) => (
            <tr key={name} data-table={name}>
              <th scope="row">{t(`restoreTable_${name}`)}</th>
              {COLUMNS.map((c) => (
                <td key={c} data-col={c}>
                  {summary.tables[name][c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
