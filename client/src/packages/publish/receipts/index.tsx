import { withPageFont } from '../../../components/PageFont';
import Receipts from '../../../features/publish/ReceiptsPage';

export default withPageFont(Receipts);
