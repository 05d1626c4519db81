import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createPopupApi } from '../../lib/platform/popup-api';
import { applyDocumentLanguage } from '../../lib/platform/i18n';

applyDocumentLanguage(document, 'extName');
render(<Popup api={createPopupApi(location.search)} />, document.getElementById('app')!);
