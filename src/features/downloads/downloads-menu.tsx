import { useTranslation } from 'react-i18next';
import { PopoverMenu } from '../../components/popover-menu';
import { DownloadsList } from './downloads-list';
import './downloads.css';

/** A disclosure button holding the downloads; Escape closes it and returns focus to the button. */
export function DownloadsMenu() {
  const { t } = useTranslation('details');
  return (
    <PopoverMenu
      className="downloads-menu"
      popoverClassName="downloads-popover"
      label={
        <>
          <span aria-hidden="true">⤓ </span>
          {t('downloads.toggle')}
        </>
      }
      title={t('downloads.title')}
    >
      <DownloadsList />
    </PopoverMenu>
  );
}
