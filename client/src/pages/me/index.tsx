import { withPageFont } from '../../components/PageFont';
import Me from '../../features/me/MePage';

export default withPageFont(Me);
